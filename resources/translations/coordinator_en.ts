<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Commands</name>
        <message>
            <source>Add {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseController</name>
        <message>
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} already exists. Use File ▸ Open database… to open it, or choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {path} no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmptyStateView</name>
        <message>
            <source>Load the demo program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New program…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No database is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the database file of your office, or create a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No programs yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {name} is empty. Create the program of your next visit, or load the demo program to look around: the eight-person delegation from Turkistan hosted in Istanbul in August 2021.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidesModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItineraryModel</name>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hosts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guides</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Head of delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Courtesy visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cultural tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ceremony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host official</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Request refused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;New database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an empty database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;program…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the program of a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a person on the roster of this program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Delegation Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Delegation Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main tool bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{database} – Delegation Coordinator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>e.g. kk, ru, tr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant – {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit participant – {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Arrival:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Departure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roo&amp;m:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dietar&amp;y:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other nee&amp;ds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pa&amp;ssport number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not an e-mail address, e.g. name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a phone number, e.g. +7 701 234 56 78.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The departure is before the arrival.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use language codes such as en, tr, ru or kk.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>New program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. TURKISTAN-2021</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One organization per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. kk, ru, tr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organizer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Partners:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working &amp;languages:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramView</name>
        <message>
            <source>Filter the roster: name, title, organization…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the itinerary: day, activity, venue, host…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the guides: name, language, activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;oster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Guides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organizer: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working languages: {codes}</source>
            <translation type="unfinished" />
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
        <message numerus="yes">
            <source>&amp;Guides (%n)</source>
            <translation>
                <numerusform>&amp;Guides (%n)</numerusform>
                <numerusform>&amp;Guides (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delegations.sqlite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take {name} off the roster of this program? Edit ▸ Undo brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {message}

Everything saved so far is safe in the database. You can carry on working; if this happens again, please send the details to your support contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Delegation Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Delegation Coordinator {version}&lt;/h3&gt;&lt;p&gt;Plan and document the visits of foreign delegations: the programs, the delegation on each roster, the itinerary and the guides.&lt;/p&gt;</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterController</name>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Departure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dietary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
