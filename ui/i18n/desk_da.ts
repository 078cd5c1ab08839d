<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../desk/plan.py" line="87"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="89"/>
        <source>Fastest route to action: for each chosen idea, a project owner with drive, the first small test and a date. Think big, start small.</source>
        <translation>Hurtigste vej til handling: for hver valgt idé en projektejer med drive, den første lille test og en dato. Tænk stort – start småt.</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="93"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="93"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="93"/>
        <source>Project owner</source>
        <translation>Projektejer</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="93"/>
        <source>First small test</source>
        <translation>Første lille test</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="94"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="94"/>
        <source>Added value</source>
        <translation>Merværdi</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="96"/>
        <source>Add to plan</source>
        <translation>Føj til planen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="97"/>
        <source>Remove from plan</source>
        <translation>Fjern fra planen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="127"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="155"/>
        <source>No more ideas on the board</source>
        <translation>Ikke flere idéer på tavlen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="180"/>
        <source>Edit action plan</source>
        <translation>Ret handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="187"/>
        <source>Add to action plan</source>
        <translation>Føj til handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="198"/>
        <location filename="../desk/plan.py" line="201"/>
        <source>Remove from action plan</source>
        <translation>Fjern fra handlingsplan</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../widgets.py" line="99"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="100"/>
        <source>Day, month, year: 14.01.2027, 14/1-27 or 14. januar 2027</source>
        <translation>Dag, måned, år: 14.01.2027, 14/1-27 eller 14. januar 2027</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../application.py" line="180"/>
        <source>No library is open. Choose one in the File menu.</source>
        <translation>Intet bibliotek er åbent. Vælg et i menuen Filer.</translation>
    </message>
    <message>
        <location filename="../application.py" line="215"/>
        <source>The library cannot be opened</source>
        <translation>Biblioteket kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../application.py" line="218"/>
        <source>Choose another file…</source>
        <translation>Vælg en anden fil…</translation>
    </message>
    <message>
        <location filename="../application.py" line="231"/>
        <source>Choose or create a library</source>
        <translation>Vælg eller opret et bibliotek</translation>
    </message>
    <message>
        <location filename="../application.py" line="233"/>
        <source>Samskab library (*.sqlite3 *.samskab);;All files (*)</source>
        <translation>Samskab-bibliotek (*.sqlite3 *.samskab);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../widgets.py" line="235"/>
        <source>Discard what you have typed?</source>
        <translation>Vil du kassere det, du har skrevet?</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="238"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="239"/>
        <source>Keep editing</source>
        <translation>Fortsæt med at skrive</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../start/new_workshop.py" line="176"/>
        <location filename="../start/new_workshop.py" line="300"/>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="177"/>
        <source>1. Choose a template</source>
        <translation>1. Vælg en skabelon</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="178"/>
        <source>2. Describe the workshop</source>
        <translation>2. Beskriv workshoppen</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="180"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="181"/>
        <source>Innovation question</source>
        <translation>Innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="182"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="183"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="184"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="185"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="186"/>
        <source>Table groups</source>
        <translation>Bordgrupper</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="189"/>
        <source>For example: Fewer forms in home care</source>
        <translation>For eksempel: Færre skemaer i hjemmeplejen</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="190"/>
        <source>How might we …?</source>
        <translation>Hvordan kan vi …?</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="191"/>
        <source>No date yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="192"/>
        <source>For example: Town hall, meeting room 2</source>
        <translation>For eksempel: Rådhuset, mødelokale 2</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="193"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="195"/>
        <source>One per line: Name; Organisation
For example:
Anne Holm; Hjemmeplejen
Jonas Berg; Borgerservice</source>
        <translation>Én pr. linje: Navn; Organisation
For eksempel:
Anne Holm; Hjemmeplejen
Jonas Berg; Borgerservice</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="197"/>
        <source>Create workshop</source>
        <translation>Opret workshop</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="232"/>
        <source>No table groups</source>
        <translation>Ingen bordgrupper</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="238"/>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="257"/>
        <source>You can also add participants later.</source>
        <translation>Du kan også tilføje deltagere senere.</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="259"/>
        <source>1 participant</source>
        <translation>1 deltager</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="261"/>
        <source>%1 participants</source>
        <translation>%1 deltagere</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="315"/>
        <source>The workshop could not be created.</source>
        <translation>Workshoppen kunne ikke oprettes.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../desk/people.py" line="226"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="227"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="227"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="227"/>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="227"/>
        <source>Role card</source>
        <translation>Rollekort</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="228"/>
        <source>Add participants, one per line: Name; Organisation</source>
        <translation>Tilføj deltagere, én pr. linje: Navn; Organisation</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="229"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="230"/>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="231"/>
        <source>Table groups</source>
        <translation>Bordgrupper</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="232"/>
        <source>New table group</source>
        <translation>Ny bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="233"/>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="234"/>
        <source>Role cards</source>
        <translation>Rollekort</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="235"/>
        <source>Deal role cards at random</source>
        <translation>Del rollekort ud tilfældigt</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="236"/>
        <source>One set per table group</source>
        <translation>Ét sæt pr. bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="237"/>
        <source>Hide card on projector</source>
        <translation>Skjul kortet på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="244"/>
        <source>Arena: %1</source>
        <translation>Arena: %1</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="245"/>
        <source>Show on projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="262"/>
        <location filename="../desk/people.py" line="263"/>
        <location filename="../desk/people.py" line="277"/>
        <location filename="../desk/people.py" line="278"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="288"/>
        <source>Participants (%1)</source>
        <translation>Deltagere (%1)</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="294"/>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="301"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="306"/>
        <source>Not dealt yet</source>
        <translation>Ikke delt ud endnu</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="316"/>
        <source>Rename participant</source>
        <translation>Omdøb deltager</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="318"/>
        <source>Change organisation</source>
        <translation>Ret organisation</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="333"/>
        <source>Change table group</source>
        <translation>Skift bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="337"/>
        <source>Assign role card</source>
        <translation>Giv rollekort</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="353"/>
        <source>Add participants</source>
        <translation>Tilføj deltagere</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="367"/>
        <source>Remove participants</source>
        <translation>Fjern deltagere</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="375"/>
        <source>Add table group</source>
        <translation>Tilføj bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="381"/>
        <source>Deal role cards</source>
        <translation>Del rollekort ud</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <location filename="../desk/phases.py" line="104"/>
        <source>PHASES</source>
        <translation>FASER</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="105"/>
        <source>TIMER</source>
        <translation>TIMER</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="106"/>
        <source>PRINCIPLES</source>
        <translation>PRINCIPPER</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="110"/>
        <source>◀ Back</source>
        <translation>◀ Tilbage</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="111"/>
        <source>Next phase ▶</source>
        <translation>Næste fase ▶</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="112"/>
        <source>Go back to the previous phase</source>
        <translation>Gå tilbage til forrige fase</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="113"/>
        <source>Move on to the next phase</source>
        <translation>Gå videre til næste fase</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="134"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="154"/>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="158"/>
        <source>Timebox: %1 minutes</source>
        <translation>Tidsramme: %1 minutter</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../desk/projector.py" line="207"/>
        <source>Samskab – projector</source>
        <translation>Samskab – projektor</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="224"/>
        <source>Phase %1 of %2</source>
        <translation>Fase %1 af %2</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="232"/>
        <source>Join with code %1</source>
        <translation>Deltag med koden %1</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="290"/>
        <source>ROLE CARD</source>
        <translation>ROLLEKORT</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="292"/>
        <source>Arena: %1</source>
        <translation>Arena: %1</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../desk/room.py" line="371"/>
        <location filename="../desk/room.py" line="483"/>
        <source>%1, continued</source>
        <translation>%1, fortsat</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="377"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="391"/>
        <source>Overview: all %n note(s) (small type)</source>
        <translation>
            <numerusform>Overblik: %n note (lille skrift)</numerusform>
            <numerusform>Overblik: alle %n noter (lille skrift)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="396"/>
        <source>No notes on the board yet</source>
        <translation>Ingen noter på tavlen endnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="398"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temaer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="403"/>
        <source>No theme</source>
        <translation>Uden tema</translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="459"/>
        <source>page %1 of %2</source>
        <translation>side %1 af %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../start/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="37"/>
        <source>Automatic (any second screen)</source>
        <translation>Automatisk (en anden skærm)</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="42"/>
        <source>%1 (not connected)</source>
        <translation>%1 (ikke tilsluttet)</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="48"/>
        <source>Beep when the timer reaches zero</source>
        <translation>Bip, når timeren når nul</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="52"/>
        <source>A password typed here is not saved.</source>
        <translation>En adgangskode skrevet her bliver ikke gemt.</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="57"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="58"/>
        <source>Projector screen</source>
        <translation>Projektorskærm</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="59"/>
        <source>Text size on notes</source>
        <translation>Tekststørrelse på sedler</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="60"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="61"/>
        <source>Shared database</source>
        <translation>Fælles database</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../start/window.py" line="367"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="357"/>
        <source>Samskab – workshops</source>
        <extracomment>The role holding the workshop&apos;s id (column 0). The role holding the value a column sorts by (dates, counts).</extracomment>
        <translation>Samskab – workshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="358"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="359"/>
        <source>Plan, run and follow up innovation workshops</source>
        <translation>Planlæg, afvikl og følg op på innovationsworkshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="360"/>
        <source>Search title, question, place…</source>
        <translation>Søg i titel, spørgsmål, sted…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="361"/>
        <source>New workshop…</source>
        <translation>Ny workshop…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="362"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="362"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="362"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="362"/>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="363"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="364"/>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="365"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="366"/>
        <location filename="../start/window.py" line="375"/>
        <location filename="../start/window.py" line="610"/>
        <source>Open sample workshop</source>
        <translation>Åbn eksempel-workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="368"/>
        <source>No workshop matches the search.</source>
        <translation>Ingen workshop passer på søgningen.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="369"/>
        <source>Opening the library…</source>
        <translation>Åbner biblioteket…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="370"/>
        <source>Welcome to Samskab</source>
        <translation>Velkommen til Samskab</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="372"/>
        <source>Choose a template to plan your first workshop, or open the sample workshop to see every part filled in: phases, ideas on the board, role cards and an action plan.</source>
        <translation>Vælg en skabelon for at planlægge din første workshop, eller åbn eksempel-workshoppen og se alle dele udfyldt: faser, idéer på tavlen, rollekort og en handlingsplan.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="376"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="377"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="378"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="379"/>
        <source>&amp;Open workshop</source>
        <translation>&amp;Åbn workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="380"/>
        <source>Open another &amp;library…</source>
        <translation>Åbn et andet &amp;bibliotek…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="381"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="382"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="383"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="384"/>
        <source>&amp;Delete workshop</source>
        <translation>&amp;Slet workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="442"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="465"/>
        <source>%1 workshops</source>
        <translation>%1 workshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="465"/>
        <source>1 workshop</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="486"/>
        <source>Use this template…</source>
        <translation>Brug skabelonen…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="515"/>
        <source>No workshop chosen</source>
        <translation>Ingen workshop valgt</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="522"/>
        <source>(no innovation question yet)</source>
        <translation>(intet innovationsspørgsmål endnu)</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="527"/>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="528"/>
        <source>Template: %1</source>
        <translation>Skabelon: %1</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="529"/>
        <source>%1 ideas</source>
        <translation>%1 idéer</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="568"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="569"/>
        <source>Duplicate workshop</source>
        <translation>Duplikér workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="572"/>
        <source>Copied. The copy has the setup, board and action plan, but no votes.</source>
        <translation>Kopieret. Kopien har opsætning, tavle og handlingsplan, men ingen afstemninger.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="583"/>
        <source>Delete workshop</source>
        <translation>Slet workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="586"/>
        <source>Deleted “%1”.</source>
        <translation>»%1« er slettet.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="620"/>
        <source>Samskab</source>
        <translation>Samskab</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../desk/timer.py" line="221"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="221"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="229"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="230"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="231"/>
        <source>Give one more minute</source>
        <translation>Giv ét minut mere</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="232"/>
        <source>Set the timer back to the phase&apos;s timebox</source>
        <translation>Sæt timeren tilbage til fasens tidsramme</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../start/new_workshop.py" line="334"/>
        <source>Workshop details</source>
        <translation>Workshoppens oplysninger</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="342"/>
        <source>No date yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="354"/>
        <source>Only for you: notes are never shown on the projector.</source>
        <translation>Kun for dig: noterne vises aldrig på projektoren.</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="358"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="359"/>
        <source>Innovation question</source>
        <translation>Innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="360"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="361"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="362"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="363"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="406"/>
        <source>Edit workshop details</source>
        <translation>Ret workshoppens oplysninger</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="414"/>
        <source>The details could not be saved.</source>
        <translation>Oplysningerne kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../desk/window.py" line="310"/>
        <source>Phases and timer</source>
        <translation>Faser og timer</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="141"/>
        <source>Idea board</source>
        <translation>Idétavle</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="142"/>
        <source>Participants and roles</source>
        <translation>Deltagere og roller</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="143"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="145"/>
        <source>Votes</source>
        <translation>Afstemninger</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="313"/>
        <source>Find on the board…</source>
        <translation>Søg på tavlen…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="314"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="315"/>
        <source>Redo</source>
        <translation>Omgør</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="326"/>
        <source>Delete selected notes</source>
        <translation>Slet valgte sedler</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="327"/>
        <source>Find…</source>
        <translation>Søg…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="328"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="329"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="330"/>
        <source>Fit board</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="331"/>
        <source>Close workshop</source>
        <translation>Luk workshop</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="332"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="333"/>
        <source>Previous phase</source>
        <translation>Forrige fase</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="334"/>
        <source>Next phase</source>
        <translation>Næste fase</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="335"/>
        <source>Start or pause timer</source>
        <translation>Start eller pause timeren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="336"/>
        <source>One more minute</source>
        <translation>Ét minut mere</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="337"/>
        <source>Deal role cards at random</source>
        <translation>Del rollekort ud tilfældigt</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="338"/>
        <source>Workshop details…</source>
        <translation>Workshoppens oplysninger…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="339"/>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="340"/>
        <source>Blank screen</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="341"/>
        <source>Hide role card</source>
        <translation>Skjul rollekort</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="342"/>
        <source>Vote on projector</source>
        <translation>Afstemning på projektor</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="343"/>
        <source>Phase and prompts on projector</source>
        <translation>Fase og spørgsmål på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="344"/>
        <source>Focus theme on projector</source>
        <translation>Fokus på tema på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="345"/>
        <source>Overview of all notes on projector</source>
        <translation>Overblik over alle noter på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="346"/>
        <source>Next page on projector</source>
        <translation>Næste side på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="349"/>
        <source>Show the projector window (F5)</source>
        <translation>Vis projektorvinduet (F5)</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="350"/>
        <source>Hide everything on the projector (Ctrl+B)</source>
        <translation>Skjul alt på projektoren (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="351"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="352"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="353"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="354"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="355"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="356"/>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="357"/>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="458"/>
        <source>Go to phase %1</source>
        <translation>Gå til fasen %1</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="464"/>
        <source>Time is up for this phase.</source>
        <translation>Tiden er gået for denne fase.</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="647"/>
        <source>Projector off</source>
        <translation>Projektor slukket</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="649"/>
        <source>Projector blank</source>
        <translation>Projektor mørklagt</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="651"/>
        <source>Projector on %1</source>
        <translation>Projektor på %1</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="653"/>
        <source>Projector in a window</source>
        <translation>Projektor i et vindue</translation>
    </message>
</context>
</TS>
