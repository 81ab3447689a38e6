"""Messages of the rules, with a code and parameters so that the UI can translate them.

A `Message` is a `str` (its English text, for the command line, logs and
tests) that also carries its `code` and `params`; the GUI renders the same
code in the DPO's language (`dpo_workbench.ui.messages`).
"""

from __future__ import annotations

from datetime import date

TEMPLATES: dict[str, str] = {
    "date-before-receipt": "The date of {what} ({on}) is before the request was received ({received}).",
    "date-before-previous-step": "The date of {what} ({on}) is before the previous step of the request "
                                 "({previous}): steps are recorded in the order they happened.",
    "date-in-future": "The date of {what} ({on}) is in the future.",
    "already-state": "Cannot {action}: the request is already {state}.",
    "identity-already-asked": "Identity information was already asked for on {since}; record its receipt first.",
    "identity-not-asked": "Cannot record identity information received: none was asked for.",
    "identity-before-asked": "The information cannot arrive ({on}) before it was asked for ({since}).",
    "already-extended": "The deadline was already extended once; the law allows only one extension.",
    "extension-needs-reason": "An extension needs a reason: the person must be told why (Art. 12(3)).",
    "identity-still-awaited": "Identity information is still awaited: record its receipt first, "
                              "or refuse the request giving the reason.",
    "refusal-needs-reason": "A refusal, even partial, must give its reasons, the right to complain to the CNIL "
                            "and to a judicial remedy (Art. 12(4)): enter the reason.",
    "close-needs-answer": "Cannot close the request: record the answer first.",
    "extension-late": "The extension is decided on {on}, after the one-month deadline ({due}): "
                      "the person had to be told within the first month.",
    "answer-late": "The answer is late: the deadline was {due}.",
    "id-copy-request-not-open": "The request is {state}: an ID copy is only kept while the request is open.",
    "document-destroyed": "This document was destroyed.",
}

# the English words for the codes passed as {what}, {action} and {state}
WORDS: dict[str, str] = {
    "identity-request": "the identity request",
    "identity-receipt": "receipt of the identity information",
    "extension": "the extension",
    "answer": "the answer",
    "closing": "closing",
    "withdrawal": "the withdrawal",
    "ask-identity": "ask for identity information",
    "extend": "extend the deadline",
    "answer-request": "answer the request",
    "close": "close the request",
    "withdraw": "withdraw the request",
    "record-identity-check": "record an identity check",
}


def _english(value: object) -> str:
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return WORDS.get(str(value), str(value))


class Message(str):
    """English text that remembers how it was made."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, **params: object) -> Message:
        text = TEMPLATES[code].format(**{k: _english(v) for k, v in params.items()})
        obj = super().__new__(cls, text)
        obj.code = code
        obj.params = params
        return obj
