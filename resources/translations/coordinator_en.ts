<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AbsenceTableModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Day {number} – {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue of the directory, or a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual for its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity – {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a g&amp;uide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a role to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start too, or leave the end empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind, or type one of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed its check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings – {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen once for the program and printed on each of its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of signatory {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature lines are printed left to right in this order. Leave a row empty for fewer signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image, e.g. the union&apos;s letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates have a plain frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedSince</name>
    <message>
        <source>Someone else changed {name} while this window was open, in these fields: {fields}. Nothing was saved. The window now shows their values, with your own changes kept: press OK again to save yours over theirs, or Cancel to keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed {name} while this window was open. Nothing was saved. The window now shows their values, with your own changes kept: press OK again to save yours over theirs, or Cancel to keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign {guide} to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggested assignments ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guide {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit guide {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back the import of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add venue {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit venue {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organization {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the certificate settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was changed by someone else meanwhile; {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile ({fields}); {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge offline copy of {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the offline copy of {program} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back the merge of {program}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transfer {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transfer {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transfer {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept planned transfers ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vehicle {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vehicle {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the room of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the room of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gift {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gift {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {source} as {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {code} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking back the copy {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting {code} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing back {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove venue {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guide} cannot be at both {first} and {second}: the times overlap or leave too little time for the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guide} is assigned to {activity} but is away then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody guiding {activity} speaks the delegation&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity} needs a guide and has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guide} works more hours on {day} than their daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} is on {what} before arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} is on {what} after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pickup {what} is before {people} lands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop-off {what} reaches the airport too late for {people}&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle {vehicle} is on two transfers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle {vehicle} cannot be back in time from {what} for its next transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room for the night of {day}: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many guests in one room on the night of {day}: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} takes {aboard} passengers but has {seats} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Nothing to resolve. A guide booked twice, absent, without a language of the delegation or over their daily hours shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s). Choose one to see its activities on the timeline; a conflict you keep on purpose stays listed until it is resolved.</source>
        <translation>
            <numerusform>%n conflict. Choose one to see its activities on the timeline; a conflict you keep on purpose stays listed until it is resolved.</numerusform>
            <numerusform>%n conflicts. Choose one to see its activities on the timeline; a conflict you keep on purpose stays listed until it is resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every guide can be where they are due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>A certificate has room for {limit} signatories, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day&apos;s limit of {limit} hours must be more than 0 and at most 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift&apos;s value cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guide&apos;s schedule is written in English (en) or Turkish (tr), not {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement needs the place it {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant cannot share a room with themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program with the code {code} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single room is not shared: choose a double, a twin or a suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single room is not shared: write double, twin or suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vehicle needs a plate with letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the directory cannot be merged with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the name (or of the first and the last name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} of the sheet {sheet} has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called {typed} is among the people who get {kind} in this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {missing} is not on the roster of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program code {value} must be 1 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory {number} has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at {start_time}, the activity would end after midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has no date; write it as 25.08.2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity needs a kind, e.g. site visit or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity of {day} {start} is gone: plan the import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity {title} is not on this program&apos;s itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-out ({check_out}) must be after the check-in ({check_in})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-out must be after the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file {path} is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo program could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo program is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure is before the arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or cannot be written: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end ({end_time}) must be after the start ({start_time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end ({end_time}) of the absence must be after its start ({start_time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be done again: another entry of the directory took the place of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be done again: its roster entries were taken since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not started: the backup before it could not be taken ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not started: the database failed SQLite&apos;s check while it was backed up, so it may be damaged; File ▸ Restore from backup… lists the good backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day ({last_day}) is before the first day ({first_day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day ({last}) is before the first day ({first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy&apos;s record of the program is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot run from {first_day} to {last_day}: its activity {title} of {day} would fall outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has several activities {title}: give the gift&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program {code} has nobody to print {kind} for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s first and last days must be given; write them as 24.08.2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s title must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} has no row {row} under its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay cannot be put back: its hotel is no longer in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay cannot be put back: its place was taken by another stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay cannot be put back: the roommate is no longer on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay of {full_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {template} cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer has no date; write it as 25.08.2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer has no start time; write it as 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer needs the place it goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer needs the place it leaves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle needs a plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} is longer than {longest} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a vehicle with the plate {same}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is an organization named “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is an organization named “{name}”: merge the two instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity with the id {activity_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity with the id {activity_id} in {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity {title} on the program&apos;s itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity {title} on {day} on the program&apos;s itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity {title} to assign {guide} to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document called {kind}; the kinds are {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry of the directory with the id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guide named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guide with the id {driver_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guide with the id {guide_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no movement with the id {movement_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization named “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no participant with the id {missing} in {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program with the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vehicle with the id {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vehicle with the id {vehicle_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vehicle with the plate {plate}: add it on the Vehicles sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no venue named {name} in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This absence no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gift is no longer in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide is not on that activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant is no longer on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks cannot be read safely: the defusedxml package is missing (reinstall the application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name column such as Name, Full name, Adı Soyadı or ФИО (or First name and Last name, Adı and Soyadı, Имя and Фамилия)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note under the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of its sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before Excel&apos;s first row (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a cell at {cell}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than {limit} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in column {column}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than Excel has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers a row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past Excel&apos;s last column XFD ({limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past Excel&apos;s last row ({limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {first}–{last} blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as 03.05.1978 (day first) or 1978-05-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as 27.08.2021 or 27.08.2021 14:00–18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as TK 351 24.08.2021 14:35, or the date and time alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity} is not an activity of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bomb} (it inflates to {size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bomb} ({count} entries, at most {limit} allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bomb} ({member} inflates to {size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bomb} ({member} inflates {ratio} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} guides match {name} ({names}): give the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has no year: write it with its year or fill the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not a day of {code} ({first_day}–{last_day}) or the day either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is outside the program {code}, which runs from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}.{year} is outside the program {code}, which runs from {first_day} to {last_day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} is not a direction: given or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry}: {value} is not a time of day; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename} cannot be written: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: the folder cannot be made ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} was put on the roster since the import was planned: plan the import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} already is a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} has no stay to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is already on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is already on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is not a driver (a guide with the driver role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is not on this program&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not a kind of movement (pickup, dropoff or ride)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is mapped to column {column}, which has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is not a language of the manifest (en or tr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is not a language of the register (en or tr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is not a language of the rooming list (en or tr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is not a language of the sheets (en or tr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (no organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({organization})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has another row on this sheet already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no roster header in the first {count} rows of {where}: expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet named {sheet} (its sheets: {listed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet of a program: expected a header row with columns such as Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet of an itinerary: expected a header row with columns such as Date, Start, End, Activity (Tarih, Başlangıç, Bitiş, Etkinlik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has travel on row {row} already: keep one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on the roster with these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already updated by row {row}: keep one of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is also on row {row}, with different details: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old binary Excel file (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or truncated and cannot be read as a workbook ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB, too large for a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file that can be read as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx, .xlsm) or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an offline copy of a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on the program&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on neither the Participants sheet nor the program&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on several rows of the Participants sheet: travel cannot be told whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a password: save it again without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is refused: it looks like a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is saved as Strict Open XML, which cannot be read: open it in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the database open now, not an offline copy of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} matches several participants ({names}): fill the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by someone else since it was read ({fields}); nothing was saved: look at it again and make the change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by someone else since it was read; nothing was saved: look at it again and make the change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed or removed since the import was planned: plan the import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}, cannot be read as CSV ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, sheet {sheet},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}, has more than {limit} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}, has more than {limit} rows, too many for a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}, {what}, {problem}: the file is damaged or was not saved by a spreadsheet program, and is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a caterer&apos;s sheet is exported as an Excel workbook ending in .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a gift register is exported as an Excel workbook ending in .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a guide&apos;s schedule is written as .xlsx or .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a manifest is written as FILE.pdf or FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a rooming list is exported as an Excel workbook ending in .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: it is not an image, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: letters are written into a folder, one file per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the background must be a PNG or JPEG image, not {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image has too many pixels to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image has {width} × {height} pixels, too many to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the image is larger than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: this document is written as {suffixes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be written ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} is not a guide&apos;s role; the roles are {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} is not a role: head, member or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{room_type} is not a room type: single, double, twin or suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seats} is not a number of seats (0 to {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} exists already: an offline copy goes into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is a time without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is a time without a date; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} fits several people ({names}); give more of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} gives hours without a day; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has no real date in it; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is ambiguous: {first} {first_month} or {second} {second_month}? Write it day first with dots ({dotted}) or as {iso}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is more than the register can store ({limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is neither given nor received (verilen, alınan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a currency: give its three letters, such as TRY or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a day of absence; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a flight with its date and time; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a guide&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a guide&apos;s role; the roles are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a kind of transfer: pickup, drop-off or ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a language code such as en, tr, ru or kk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a language: write codes such as en, tr, ru, kk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number of hours between 0 and 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number of seats (0 to 999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a real date or time; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a role: write head, member or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a room type: single, double, twin or suite (tek kişilik, çift kişilik, iki yataklı, süit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time; write it as 10:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a way of travel: flight, train, car or bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a way of travel: write flight, train, car or bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an amount; write it as 1250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: the end ({end}) must be after the start ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} declares XML entities or a DTD, which a workbook saved by Excel never does; it is refused as a possible entity bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is damaged and cannot be read as a workbook ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is not a year of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is read as the file&apos;s cell would be. Leave it empty to import the row without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file {file} cannot be written beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open in another Delegation Coordinator window, on the computer {host} (user {user}) since {since}. Close it there first: two windows on one database would overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} already exists. Use File ▸ Open database… to open it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the daily backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup of {file} failed SQLite&apos;s integrity check: the database itself may be damaged. File ▸ Restore from backup… lists the good backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup taken: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup of {file} could not be taken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup of {backup}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {backup}; what it replaced is kept as one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryController</name>
    <message>
        <source>Reading the organizations and people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryEntries</name>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s). Select one and choose Merge… to look at both.</source>
        <translation>
            <numerusform>%n possible duplicate. Select one and choose Merge… to look at both.</numerusform>
            <numerusform>%n possible duplicates. Select one and choose Merge… to look at both.</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two is no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModels</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name (other script, language or order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time (min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter venues (name, kind, owner, city…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people (name, title, organization…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organizations and people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for organizations and people entered twice: under an abbreviation, in Turkish and in English, in Cyrillic and in Latin letters. Nothing is merged unless you merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the two selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues yet. Add one with Add venue… above, or with a new activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organizations yet. They are added with the participants, hosts and venues that belong to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet. Everyone added to a roster, as a host or as a guide is kept here for the next program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find possible duplicates above to look for entries made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 a sheet (A7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 a sheet (A6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStatusDialog</name>
    <message>
        <source>Produced documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the out-of-date ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents have been made for this program yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document shows what the program records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: {documents}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStatusModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>Program booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name tent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the background image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;booklet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide and driver sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;tents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitation letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hank-you letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who signs the certificates and their background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced &amp;documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which documents were made, and which are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx);;Markdown (*.md);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the {document}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {place}.</source>
        <translation>
            <numerusform>Wrote %n file to {place}.</numerusform>
            <numerusform>Wrote %n files to {place}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Produced documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the out-of-date documents again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyPlaceholder</name>
    <message>
        <source>Nothing matches the filter. Clear it to see every row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database file of your office, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a framed calligraphy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift – {gift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver&apos;s &amp;organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value as a number, such as 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the gift is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>A person of the directory, or a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kk, ru, tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit guide – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a&amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most a &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without hours, the guide is away the whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the absence must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use language codes such as en, tr, ru or kk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideScheduleExport</name>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} schedule {code}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Calendars for phones (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of {name} was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the schedule of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWeekModel</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesController</name>
    <message>
        <source>Reading the guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>&amp;Add guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a person of the directory a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected guide&apos;s languages, roles, hours and absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected guide&apos;s assignments in this program, to print or for a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a guide to see their week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Week of {name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Week of {name}&lt;/b&gt; · at most {hours} hours a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderLayout</name>
    <message>
        <source>Show every column in its first place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History of the program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what in this program, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of {program}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a name, a field, a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of this program, its roster and its itinerary, the newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotel stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival flight or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arriving from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure flight or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giver&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver&apos;s organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <comment>the name of a program or an activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as its kind says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Sheet and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column of the file fills each field. The first rows of the file are shown under its columns; a mark shows a column to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet} (no roster found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Header on row {row}; %Ln row(s) below it.</source>
        <translation>
            <numerusform>Header on row {row}; %Ln row below it.</numerusform>
            <numerusform>Header on row {row}; %Ln rows below it.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the full name (or of the first and the last name) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the marked fields before going on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices will be kept for the next list with these headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are as you chose them for a list with these headers before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column was recognised by its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is imported without this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank row(s)</source>
        <translation>
            <numerusform>%Ln blank row</numerusform>
            <numerusform>%Ln blank rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import. A value that does not fit is left out and the rest of its row imported; a row is left out only without a name, or when it cannot be told apart from another. Double-click a problem or press F2 to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln to add</numerusform>
            <numerusform>%Ln to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out</source>
        <translation>
            <numerusform>%Ln row left out</numerusform>
            <numerusform>%Ln rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) left out</source>
        <translation>
            <numerusform>%Ln value left out</numerusform>
            <numerusform>%Ln values left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSampleModel</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its header suggests {field}: choose this column for it to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this column: its field is uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot be planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importing %Ln row…</numerusform>
            <numerusform>Importing %Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival flight or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure flight or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of this column suggests {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same column is also chosen for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} looks like this field too, and is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the first {total} values do not fit: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note under the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the roster, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a roster into {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryController</name>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested guides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryPage</name>
    <message>
        <source>&amp;Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity to the itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected activity and its guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose guides for the activities that need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taller hours, room for longer titles (Ctrl + wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter hours, more of the day in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the hours from 08:00 to 18:00 in view (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides yet: add them on the Guides tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Guides&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a guide onto an activity to assign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Conflicts (%n)</numerusform>
            <numerusform>&amp;Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryReader</name>
    <message>
        <source>Reading the itinerary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courtesy visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are also saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Coordinator stopped unexpectedly the last time it ran. Everything saved before that is safe in the database. What the application was doing is recorded in {path}; if this happens again, please send that file to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsController</name>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the logistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsCounts</name>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n passenger</numerusform>
            <numerusform>%n passengers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsExports</name>
    <message>
        <source>Export manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} manifest.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rooming list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} rooming list.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rooming list to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooming list was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export caterer&apos;s sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} meals.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the caterer&apos;s sheet to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caterer&apos;s sheet was written to {path}, the head waiter&apos;s allergy list beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export gift register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} gifts.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the gift register to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gift register was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <source>Logistics pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the arrivals: name, flight, airport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody&apos;s arrival or departure is recorded yet. Give the participants their travel on the Roster tab (Edit participant), or import it with the roster; each arrival then shows here with the transfer that meets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the transfers: place, vehicle, driver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers yet. Add one, or let Plan transfers… propose the pickups, drop-offs and rides from the roster&apos;s travel and the itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the transfers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and export the transfers of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan transfers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the pickups, drop-offs and rides the program lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove the vehicles of the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the transfers of the day shown (or all) as a PDF or a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day&apos;s transfers by vehicle, or the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;nsfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rooms: name, hotel, room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is empty. Add the participants on the Roster tab, then give each a hotel room here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected participant a hotel room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected participant&apos;s room away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport rooming list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rooming list for the hotels as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the meals: day, meal, venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meals on the itinerary. Add an activity of the kind Meal on the Itinerary tab; its guests and their dietary needs are counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport caterer&apos;s sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the caterer&apos;s sheet and the head waiter&apos;s allergy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the gifts: giver, receiver, gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gifts recorded. Add the gifts given and received at the courtesy visits; the register is exported for the yearly declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport gift register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the program&apos;s gifts as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsSection</name>
    <message>
        <source>{page} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page}: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsTables</name>
    <message>
        <source>{name} ({organization})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ no transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {time}: {origin} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives or leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From or to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole delegation ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{needed} of {offered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotel not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsWords</name>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kosher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lactose-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diabetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nut allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seafood allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team&apos;s database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the database back as one of its backups kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the program of a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people of an Excel or CSV list to the roster of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roster of this program as an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find participants, guides, hosts, venues and activities in every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a person on the roster of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues, organizations and people shared by every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Delegation Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take program offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this program to a file of its own, to work on it away from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge offline copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the work done on an offline copy back into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, new activities, transfer planning and the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to import a roster, plan the days, assign guides and more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegation Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} – Delegation Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Checked values of the copy replace the office&apos;s. A conflict (both sides changed the field) is unchecked: the office&apos;s value stays unless you check it. Greyed rows changed only at the office and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed offline since the copy was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the copy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge offline copy of {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy {file} was taken from {database} on {when} by {user}. Below is what changed on each side since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the copy can be merged: what is listed changed at the office, or was removed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides left out, not in this database&apos;s directory: {guides}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the office now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name} — {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed offline, but removed at the office meanwhile: nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed offline, but changed at the office meanwhile: check it to remove it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added offline and at the office as the same record: where the two differ, check the values of the copy to take them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed only at the office: it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed this field. The office&apos;s value stays unless you check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeRecordsDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{removed} will be removed: everything that named it (people, rosters, hosts, guides, venues, programs, documents) will name {kept}. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Add transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transfer – {origin} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plate} · {seats} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue, or an airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passengers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the transfer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the transfer goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the passengers, or choose the whole delegation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineController</name>
    <message>
        <source>{code} offline.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take program offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already. An offline copy goes into a new file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking {program} offline to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} is taken offline to {path}; File ▸ Merge offline copy… brings the work done on it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot be taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the program offline was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the offline copy {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the offline copy of {program}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged the offline copy of {program}: %Ln change(s) taken. Edit ▸ Undo takes the merge back.</source>
        <translation>
            <numerusform>Merged the offline copy of {program}: %Ln change taken. Edit ▸ Undo takes the merge back.</numerusform>
            <numerusform>Merged the offline copy of {program}: %Ln changes taken. Edit ▸ Undo takes the merge back.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was refused, nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>&amp;Find in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the filter box of the list in front</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>e.g. kk, ru, tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant – {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;articipant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;vel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant and travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietar&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other nee&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssport number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address, e.g. name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number, e.g. +7 701 234 56 78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a way of travel: flight, train, car or bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use language codes such as en, tr, ru or kk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print preview – {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kk, ru, tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedTransferModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no driver free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n passenger</numerusform>
            <numerusform>%n passengers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <source>&amp;Edit program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the code, title, days, place or hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for next year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next year&apos;s visit from this program&apos;s fields and itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this program with its roster, itinerary and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progr&amp;am…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole program as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pro&amp;gram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a program workbook&apos;s roster, itinerary, guides and venues in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export itin&amp;erary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the itinerary as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import itinerar&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the activities of an itinerary workbook into this program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramController</name>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramCopyDialog</name>
    <message>
        <source>Copy program for next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy keeps the title, place, hosts and the itinerary with its venues, times and hosts, moved to the new days. Guide assignments, travel, rooms, movements, gifts and documents stay with {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;roster (without travel and rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity keeps its weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities move to other weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TURKISTAN-2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One organization per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kk, ru, tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramEditingController</name>
    <message>
        <source>Edit program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task is still running; try again once it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting {code}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramFiles</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramImportPreview</name>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into {code}: {added} to add, {updated} to update, {skipped} left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sheet}: {added} to add, {updated} to update, {skipped} left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or values concerned are left out.</source>
        <translation>
            <numerusform>%n problem: the rows or values concerned are left out.</numerusform>
            <numerusform>%n problems: the rows or values concerned are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramQuestions</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide assignment(s)</source>
        <translation>
            <numerusform>%n guide assignment</numerusform>
            <numerusform>%n guide assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logistics record(s) (stays, movements, gifts)</source>
        <translation>
            <numerusform>%n logistics record (stays, movements, gifts)</numerusform>
            <numerusform>%n logistics records (stays, movements, gifts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the program {code} “{title}”? With it go: {parts}. People, venues and guides stay in the directory. Edit ▸ Undo brings the program back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramTransferController</name>
    <message>
        <source>Export itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} itinerary.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} program.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {code} to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {code} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file} into {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Filter the roster: name, title, organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the itinerary: day, activity, venue, host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the guides: name, language, activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;uides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet. Add one with Roster ▸ Add participant…, or import a list with File ▸ Import roster… (or drop the Excel file here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet. Add one with Add activity… above, or double-click a free hour on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides yet. Add one with Add guide… above: escorts, interpreters, local guides, host officials and drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>G&amp;uides (%n)</source>
        <translation>
            <numerusform>G&amp;uides (%n)</numerusform>
            <numerusform>G&amp;uides (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working languages: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>R&amp;oster (%n)</source>
        <translation>
            <numerusform>R&amp;oster (%n)</numerusform>
            <numerusform>R&amp;oster (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Itinerary (%n)</source>
        <translation>
            <numerusform>&amp;Itinerary (%n)</numerusform>
            <numerusform>&amp;Itinerary (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegations.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take program offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copies (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copies (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is in a folder that {client} synchronises. SQLite&apos;s locking is not safe there: the sync can bring back an old copy of the database or tear it apart while it is open. Move it to a folder of this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is on a network share ({share}). SQLite&apos;s locking is not safe on most shares: two computers writing at once can tear the database apart. Move it to a folder of this computer? A team shares a database on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe place for a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest good backup is from {backup}. Restoring it puts the database back as it was then; the damaged file is kept among the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the database back as it was at {backup}? What changed since is set aside, not lost: the database as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off the roster of this program? Edit ▸ Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “{title}” off the itinerary, with its guides? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {message}

Everything saved so far is safe in the database. You can carry on working; if this happens again, please send the details to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Delegation Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delegation Coordinator {version}&lt;/h3&gt;&lt;p&gt;Plan and document the visits of foreign delegations: the programs, the delegation on each roster, the itinerary and the guides.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of {file}, the newest first. Restoring one puts the database back as it was then; its state now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of {file} yet: one is taken each day it is opened, and before every import and upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomGiftActions</name>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room removed. Edit ▸ Undo gives it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift removed. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Exporting the roster to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln participant(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln participant to {path}.</numerusform>
            <numerusform>Exported %Ln participants to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTransferController</name>
    <message>
        <source>{code} roster.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Reading the database for the search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants, guides, hosts, venues, organizations, activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be searched: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best {shown} of more than {total} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best {shown} of {total} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnections</name>
    <message>
        <source>This computer&apos;s keyring cannot keep the password: it is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one database on a PostgreSQL server. The password is kept in this computer&apos;s keyring if you wish, never in the application&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the &amp;database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Add activity… fills in; you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times Plan transfers… counts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baggage after landing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in before a flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group arrivals within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup and the one before each import go to this folder, from the next time a database is opened. A folder on another disk keeps them safe from a broken one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Room of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. non-smoking, high floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the room with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-o&amp;ut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a date of its own, the stay follows the arrival and departure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>away then: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy elsewhere or too far away: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over their daily hours: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speak none of the delegation&apos;s languages: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host officials of another organization: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only drive: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity has no time yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no guides in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every guide is already on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These guides are free, speak the delegation&apos;s languages and spread the hours evenly. Untick any you do not want, then accept: Edit ▸ Undo takes them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide can be proposed without creating a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Still without a guide&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Day {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet. Double-click a day to add one, or use Add activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move it; drop a guide on it to assign them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Edit transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer removed. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the transfers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferPlanDialog</name>
    <message>
        <source>Planned transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These transfers meet the arrivals, take the departures and carry the delegation between the activities, with vehicles and drivers that are free. Untick any you do not want, then accept: Edit ▸ Undo takes them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every arrival, departure and activity already has its transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted with {baggage} min for baggage after landing and {check_in} min of check-in before a flight; Tools ▸ Settings… changes them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTimelineController</name>
    <message>
        <source>Showing the first day, {day}. Choose a day in the Day box to see its transfers by vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers of {day} by vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vehicles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the transfer a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the transfer a driver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTimelinePanel</name>
    <message>
        <source>Vehicles to drop on a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers to drop on a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a vehicle or a driver onto a transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelSection</name>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TK 351</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flight or train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air&amp;port or station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termi&amp;nal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;light or train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport or &amp;station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;minal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival way of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival flight or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure way of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure flight or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnfilledTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nobody fits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>e.g. 34 ABC 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passenger seats, the driver&apos;s not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. minibus, sedan, coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vehicle – {plate}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleTimeline</name>
    <message>
        <source>Transfers by vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seats} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles: {plates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passengers: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move it; drop a vehicle or a driver on it to assign them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclesDialog</name>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the vehicles: plate, company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicles yet. Add the cars, minibuses and coaches the office books; transfers and their planning then use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times to other venues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueRemoval</name>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movement</numerusform>
            <numerusform>%n movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n stay</numerusform>
            <numerusform>%n stays</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is in use ({uses}): change those first, then remove the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Delegation Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around a finished visit: the eight-person delegation from Turkistan hosted in Istanbul in August 2021, with its days, guides and logistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your next visit a title and its first and last day, then add the participants and plan the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the workbook you were sent, a roster or a whole program: name the program, then choose the file; you see what it adds before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;roster: the participants of an Excel or CSV list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole &amp;program: its roster, itinerary, guides and logistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ▸ User guide (F1) walks through a visit from the roster to the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {name} holds no program yet. A program is one hosted visit: its roster, its days, its guides and its logistics. Choose how to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program is one hosted visit: its roster, its days, its guides and its logistics. Choose how to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Move the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
