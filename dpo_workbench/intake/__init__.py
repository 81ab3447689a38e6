"""Turning an incoming e-mail (.eml, .msg, a folder or an mbox) into the data of a new request.

Pure of the database and the vault: `message` reads a file into a
`ParsedMessage`, `suggest` proposes the rights it asks for and its language.
The workbench (`services/intake.py`) stores what they found.
"""
