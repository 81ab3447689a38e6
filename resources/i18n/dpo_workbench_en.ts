<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/agenda.py" line="91"/>
        <source>… and %n more: show them in the register</source>
        <translation>
            <numerusform>… and %n more: show it in the register</numerusform>
            <numerusform>… and %n more: show them in the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/controller.py" line="215"/>
        <source>%n document file(s) were already missing from the vault; the backup holds everything else.</source>
        <translation>
            <numerusform>%n document file was already missing from the vault; the backup holds everything else.</numerusform>
            <numerusform>%n document files were already missing from the vault; the backup holds everything else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/status.py" line="28"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="99"/>
        <source>%n document file(s) decrypted and authenticated.</source>
        <translation>
            <numerusform>%n document file decrypted and authenticated.</numerusform>
            <numerusform>%n document files decrypted and authenticated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="102"/>
        <source>Journal: %n entries, hash chain intact.</source>
        <translation>
            <numerusform>Journal: %n entry, hash chain intact.</numerusform>
            <numerusform>Journal: %n entries, hash chain intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/backups/verify.py" line="114"/>
        <source>%n document file(s) were already missing from the vault when it was made.</source>
        <translation>
            <numerusform>%n document file was already missing from the vault when it was made.</numerusform>
            <numerusform>%n document files were already missing from the vault when it was made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachEditor</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="373"/>
        <source>%n mandatory field(s) to fill</source>
        <translation>
            <numerusform>%n mandatory field to fill</numerusform>
            <numerusform>%n mandatory fields to fill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/breaches/editor.py" line="378"/>
        <source>%n mandatory field(s) still empty: the draft flags them in red and lists them on its last page.</source>
        <translation>
            <numerusform>%n mandatory field still empty: the draft flags it in red and lists it on its last page.</numerusform>
            <numerusform>%n mandatory fields still empty: the draft flags them in red and lists them on its last page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachRegisterView</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="134"/>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="191"/>
        <location filename="../../dpo_workbench/ui/breaches/register_view.py" line="211"/>
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/team/connect.py" line="192"/>
        <source>Connected: %1 is a team register of this version, with %n active user(s).</source>
        <translation>
            <numerusform>Connected: %1 is a team register of this version, with %n active user.</numerusform>
            <numerusform>Connected: %1 is a team register of this version, with %n active users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/dashboard/view.py" line="244"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/documents.py" line="431"/>
        <source>Identity is already verified for this request: this copy will be destroyed after the grace period of %n day(s). Mark it as an ID copy?</source>
        <translation>
            <numerusform>Identity is already verified for this request: this copy will be destroyed after the grace period of %n day. Mark it as an ID copy?</numerusform>
            <numerusform>Identity is already verified for this request: this copy will be destroyed after the grace period of %n days. Mark it as an ID copy?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="133"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityCheckDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="201"/>
        <source>Once saved, the ID copies of this request (%n) are destroyed at once; the timeline keeps only this note of the check.</source>
        <translation>
            <numerusform>Once saved, the ID copy of this request (%n) is destroyed at once; the timeline keeps only this note of the check.</numerusform>
            <numerusform>Once saved, the ID copies of this request (%n) are destroyed at once; the timeline keeps only this note of the check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/identity.py" line="205"/>
        <source>Once saved, the ID copies of this request (%n) are kept until %1 (grace period of the settings), then destroyed.</source>
        <translation>
            <numerusform>Once saved, the ID copy of this request (%n) is kept until %1 (grace period of the settings), then destroyed.</numerusform>
            <numerusform>Once saved, the ID copies of this request (%n) are kept until %1 (grace period of the settings), then destroyed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/register/dialogs.py" line="232"/>
        <source>%n field(s) filled</source>
        <translation>
            <numerusform>%n field filled</numerusform>
            <numerusform>%n fields filled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/summary.py" line="46"/>
        <source>%n message(s): created %1, follow-ups %2, duplicates %3, failed %4.</source>
        <translation>
            <numerusform>%n message: created %1, follow-ups %2, duplicates %3, failed %4.</numerusform>
            <numerusform>%n messages: created %1, follow-ups %2, duplicates %3, failed %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingMessageBox</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/incoming.py" line="151"/>
        <source>%n attachment(s) of the message may be an ID copy: select it under Documents and use &apos;Mark as ID copy&apos;.</source>
        <translation>
            <numerusform>%n attachment of the message may be an ID copy: select it under Documents and use &apos;Mark as ID copy&apos;.</numerusform>
            <numerusform>%n attachments of the message may be an ID copy: select one under Documents and use &apos;Mark as ID copy&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="74"/>
        <source>Attached to the sender&apos;s open request, with %n attachment(s).</source>
        <translation>
            <numerusform>Attached to the sender&apos;s open request, with %n attachment.</numerusform>
            <numerusform>Attached to the sender&apos;s open request, with %n attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/importing.py" line="81"/>
        <source>%n attachment(s) kept.</source>
        <translation>
            <numerusform>%n attachment kept.</numerusform>
            <numerusform>%n attachments kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="72"/>
        <source>Too short: use at least %n characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>
            <numerusform>Too short: use at least %n character (a few unrelated words are easy to remember and hard to guess).</numerusform>
            <numerusform>Too short: use at least %n characters (a few unrelated words are easy to remember and hard to guess).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="395"/>
        <source>The master key was replaced: %n document key(s) re-wrapped and the database re-encrypted. The old key was removed.</source>
        <translation>
            <numerusform>The master key was replaced: %n document key re-wrapped and the database re-encrypted. The old key was removed.</numerusform>
            <numerusform>The master key was replaced: %n document keys re-wrapped and the database re-encrypted. The old key was removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="105"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/widgets/labels.py" line="106"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="162"/>
        <source>%n letter(s) saved in the case files.</source>
        <translation>
            <numerusform>%n letter saved in its case file.</numerusform>
            <numerusform>%n letters saved in their case files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="164"/>
        <source>%n request(s) skipped:</source>
        <translation>
            <numerusform>%n request skipped:</numerusform>
            <numerusform>%n requests skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/batch.py" line="202"/>
        <source>%n file(s) exported for sending.</source>
        <translation>
            <numerusform>%n file exported for sending.</numerusform>
            <numerusform>%n files exported for sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/letters/dialog.py" line="516"/>
        <source>%n file(s) exported; the export is recorded in the journal.</source>
        <translation>
            <numerusform>%n file exported; the export is recorded in the journal.</numerusform>
            <numerusform>%n files exported; the export is recorded in the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/team/live.py" line="96"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="325"/>
        <source>Receiving and sending: connected and logged in; %n message(s) in the folder.</source>
        <translation>
            <numerusform>Receiving and sending: connected and logged in; %n message in the folder.</numerusform>
            <numerusform>Receiving and sending: connected and logged in; %n messages in the folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/mail_accounts.py" line="327"/>
        <source>Connected and logged in: %n message(s) in the folder.</source>
        <translation>
            <numerusform>Connected and logged in: %n message in the folder.</numerusform>
            <numerusform>Connected and logged in: %n messages in the folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="151"/>
        <source>Mail fetched at %1: %n new message(s); requests created %2, follow-ups %3, duplicates %4.</source>
        <translation>
            <numerusform>Mail fetched at %1: %n new message; requests created %2, follow-ups %3, duplicates %4.</numerusform>
            <numerusform>Mail fetched at %1: %n new messages; requests created %2, follow-ups %3, duplicates %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/intake/mail.py" line="157"/>
        <source>%n message(s) could not be imported: left in the mailbox as they were.</source>
        <translation>
            <numerusform>%n message could not be imported: left in the mailbox as it was.</numerusform>
            <numerusform>%n messages could not be imported: left in the mailbox as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/main_window.py" line="267"/>
        <location filename="../../dpo_workbench/ui/main_window.py" line="352"/>
        <location filename="../../dpo_workbench/ui/team/live.py" line="84"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/main_window.py" line="377"/>
        <source>%n ID copy(ies) destroyed after identity verification.</source>
        <translation>
            <numerusform>%n ID copy destroyed after identity verification.</numerusform>
            <numerusform>%n ID copies destroyed after identity verification.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/new_request.py" line="194"/>
        <source>This person already made %n request(s) for the same right in the last %1 months:</source>
        <translation>
            <numerusform>This person already made %n request for the same right in the last %1 months:</numerusform>
            <numerusform>This person already made %n requests for the same right in the last %1 months:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessingsSection</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="215"/>
        <source>Nothing linked yet. The register suggests %n processing(s) for a requester of category %1: link those that concern the person.</source>
        <translation>
            <numerusform>Nothing linked yet. The register suggests %n processing for a requester of category %1: link it if it concerns the person.</numerusform>
            <numerusform>Nothing linked yet. The register suggests %n processings for a requester of category %1: link those that concern the person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/casework.py" line="219"/>
        <source>%n processing(s) linked: the access reply describes them.</source>
        <translation>
            <numerusform>%n processing linked: the access reply describes it.</numerusform>
            <numerusform>%n processings linked: the access reply describes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="58"/>
        <source>%1: %n year(s)</source>
        <translation>
            <numerusform>%1: %n year</numerusform>
            <numerusform>%1: %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="113"/>
        <source>%n closed request(s)</source>
        <translation>
            <numerusform>%n closed request</numerusform>
            <numerusform>%n closed requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="115"/>
        <source>%n breach record(s)</source>
        <translation>
            <numerusform>%n breach record</numerusform>
            <numerusform>%n breach records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="117"/>
        <source>the e-mails of %n request(s)</source>
        <translation>
            <numerusform>the e-mails of %n request</numerusform>
            <numerusform>the e-mails of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="119"/>
        <source>%n journal entry(ies)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="141"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/dialog.py" line="148"/>
        <source>%n entry(ies) from the start, numbers up to %1</source>
        <translation>
            <numerusform>%n entry from the start, number %1</numerusform>
            <numerusform>%n entries from the start, numbers up to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/dashboard/exports.py" line="44"/>
        <source>%n request(s) shown in the register, with their current filter.</source>
        <translation>
            <numerusform>%n request shown in the register, with its current filter.</numerusform>
            <numerusform>%n requests shown in the register, with its current filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPointer</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="67"/>
        <source>The register of processing activities (GDPR Art. 30) is kept in the Register tab: %n processing(s) done as controller, each with every field of the CNIL model, its department, its history and its DPIA screening. Access replies describe them from there.</source>
        <translation>
            <numerusform>The register of processing activities (GDPR Art. 30) is kept in the Register tab: %n processing done as controller, with every field of the CNIL model, its department, its history and its DPIA screening. Access replies describe it from there.</numerusform>
            <numerusform>The register of processing activities (GDPR Art. 30) is kept in the Register tab: %n processings done as controller, each with every field of the CNIL model, its department, its history and its DPIA screening. Access replies describe them from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/organisation.py" line="89"/>
        <source>This profile holds %n processing activity(ies): saving it adds them to the register (one whose name is already there is not added twice).</source>
        <translation>
            <numerusform>This profile holds %n processing activity: saving it adds it to the register (unless one of the same name is already there).</numerusform>
            <numerusform>This profile holds %n processing activities: saving it adds them to the register (one whose name is already there is not added twice).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/register/view.py" line="161"/>
        <location filename="../../dpo_workbench/ui/register/view.py" line="236"/>
        <source>%n processing(s)</source>
        <translation>
            <numerusform>%n processing</numerusform>
            <numerusform>%n processings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/panel.py" line="324"/>
        <source>including %n day(s) of suspension</source>
        <translation>
            <numerusform>including %n day of suspension</numerusform>
            <numerusform>including %n days of suspension</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionController</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="74"/>
        <source>%n record(s) past retention</source>
        <translation>
            <numerusform>%n record past retention</numerusform>
            <numerusform>%n records past retention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/retention/controller.py" line="87"/>
        <source>%n record(s) are past their retention period. Review them and purge what must go?</source>
        <translation>
            <numerusform>%n record is past its retention period. Review it and purge what must go?</numerusform>
            <numerusform>%n records are past their retention period. Review them and purge what must go?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/task_dialogs.py" line="93"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="39"/>
        <source>Identity information received after %n day(s): the due date moves to %1.</source>
        <translation>
            <numerusform>Identity information received after %n day: the due date moves to %1.</numerusform>
            <numerusform>Identity information received after %n days: the due date moves to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="52"/>
        <source>Answered without the answer of %n department(s) asked for the data.</source>
        <translation>
            <numerusform>Answered without the answer of the %n department asked for the data.</numerusform>
            <numerusform>Answered without the answers of %n departments asked for the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="179"/>
        <source>Follow-up e-mail received, with %n attachment(s).</source>
        <translation>
            <numerusform>Follow-up e-mail received, with %n attachment.</numerusform>
            <numerusform>Follow-up e-mail received, with %n attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="219"/>
        <source>Department %1 answered: %2 (%n file(s)).</source>
        <translation>
            <numerusform>Department %1 answered: %2 (%n file).</numerusform>
            <numerusform>Department %1 answered: %2 (%n files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="230"/>
        <source>Personal data removed at the end of the retention period (%1 years); %n document(s) destroyed. The figures are kept.</source>
        <translation>
            <numerusform>Personal data removed at the end of the retention period (%1 years); %n document destroyed. The figures are kept.</numerusform>
            <numerusform>Personal data removed at the end of the retention period (%1 years); %n documents destroyed. The figures are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/requests/timeline.py" line="233"/>
        <source>%n e-mail(s) of the request and their attachments destroyed at the end of their retention period (%1 years).</source>
        <translation>
            <numerusform>%n e-mail of the request and its attachments destroyed at the end of its retention period (%1 years).</numerusform>
            <numerusform>%n e-mails of the request and their attachments destroyed at the end of their retention period (%1 years).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <location filename="../../dpo_workbench/ui/settings/unlock.py" line="247"/>
        <source>The passphrase is wrong. %n try(ies) left.</source>
        <translation>
            <numerusform>The passphrase is wrong. %n try left.</numerusform>
            <numerusform>The passphrase is wrong. %n tries left.</numerusform>
        </translation>
    </message>
</context>
</TS>
