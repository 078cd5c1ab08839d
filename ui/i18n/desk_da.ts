<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../desk/plan.py" line="88"/>
        <location filename="../desk/plan.py" line="99"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="90"/>
        <source>Fastest route to action: for each chosen idea, a project owner with drive, the first small test and a date. Think big, start small.</source>
        <translation>Hurtigste vej til handling: for hver valgt idé en projektejer med drive, den første lille test og en dato. Tænk stort – start småt.</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="94"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="94"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="94"/>
        <source>Project owner</source>
        <translation>Projektejer</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="94"/>
        <source>First small test</source>
        <translation>Første lille test</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="95"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="95"/>
        <source>Added value</source>
        <translation>Merværdi</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="97"/>
        <source>Add to plan</source>
        <translation>Føj til planen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="98"/>
        <source>Remove from plan</source>
        <translation>Fjern fra planen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="100"/>
        <source>Idea to add to the plan</source>
        <translation>Idé, der skal på planen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="130"/>
        <source>Date for idea %1</source>
        <translation>Dato for idéen %1</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="134"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="162"/>
        <source>No more ideas on the board</source>
        <translation>Ikke flere idéer på tavlen</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="187"/>
        <source>Edit action plan</source>
        <translation>Ret handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="194"/>
        <source>Add to action plan</source>
        <translation>Føj til handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/plan.py" line="205"/>
        <location filename="../desk/plan.py" line="208"/>
        <source>Remove from action plan</source>
        <translation>Fjern fra handlingsplan</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../widgets.py" line="101"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="162"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="163"/>
        <source>Day, month, year: 14.01.2027, 14/1-27 or 14. januar 2027</source>
        <translation>Dag, måned, år: 14.01.2027, 14/1-27 eller 14. januar 2027</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../application.py" line="181"/>
        <source>No library is open. Choose one in the File menu.</source>
        <translation>Intet bibliotek er åbent. Vælg et i menuen Filer.</translation>
    </message>
    <message>
        <location filename="../application.py" line="216"/>
        <source>The library cannot be opened</source>
        <translation>Biblioteket kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../application.py" line="219"/>
        <source>Choose another file…</source>
        <translation>Vælg en anden fil…</translation>
    </message>
    <message>
        <location filename="../application.py" line="232"/>
        <source>Choose or create a library</source>
        <translation>Vælg eller opret et bibliotek</translation>
    </message>
    <message>
        <location filename="../application.py" line="234"/>
        <source>Samskab library (*.sqlite3 *.samskab);;All files (*)</source>
        <translation>Samskab-bibliotek (*.sqlite3 *.samskab);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../widgets.py" line="247"/>
        <source>Discard what you have typed?</source>
        <translation>Vil du kassere det, du har skrevet?</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="250"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="251"/>
        <source>Keep editing</source>
        <translation>Fortsæt med at skrive</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../start/new_workshop.py" line="68"/>
        <source>your own</source>
        <translation>din egen</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="76"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kan ikke bruges: %2</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="200"/>
        <location filename="../start/new_workshop.py" line="322"/>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="201"/>
        <source>1. Choose a template</source>
        <translation>1. Vælg en skabelon</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="202"/>
        <source>2. Describe the workshop</source>
        <translation>2. Beskriv workshoppen</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="204"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="205"/>
        <source>Innovation question</source>
        <translation>Innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="206"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="207"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="208"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="209"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="210"/>
        <source>Table groups</source>
        <translation>Bordgrupper</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="213"/>
        <source>For example: Fewer forms in home care</source>
        <translation>For eksempel: Færre skemaer i hjemmeplejen</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="214"/>
        <source>How might we …?</source>
        <translation>Hvordan kan vi …?</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="215"/>
        <source>No date yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="216"/>
        <source>For example: Town hall, meeting room 2</source>
        <translation>For eksempel: Rådhuset, mødelokale 2</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="217"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="219"/>
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
        <location filename="../start/new_workshop.py" line="221"/>
        <source>Create workshop</source>
        <translation>Opret workshop</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="256"/>
        <source>No table groups</source>
        <translation>Ingen bordgrupper</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="262"/>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="281"/>
        <source>You can also add participants later.</source>
        <translation>Du kan også tilføje deltagere senere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../start/new_workshop.py" line="283"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation type="vanished">1 deltager</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="vanished">%1 deltagere</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="337"/>
        <source>The workshop could not be created.</source>
        <translation>Workshoppen kunne ikke oprettes.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../desk/people.py" line="229"/>
        <location filename="../desk/people.py" line="230"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="234"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="234"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="234"/>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="234"/>
        <source>Role card</source>
        <translation>Rollekort</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="231"/>
        <location filename="../desk/people.py" line="235"/>
        <source>Add participants, one per line: Name; Organisation</source>
        <translation>Tilføj deltagere, én pr. linje: Navn; Organisation</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="236"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="237"/>
        <source>Remove selected</source>
        <translation>Fjern valgte</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="232"/>
        <location filename="../desk/people.py" line="238"/>
        <source>Table groups</source>
        <translation>Bordgrupper</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="233"/>
        <location filename="../desk/people.py" line="239"/>
        <source>New table group</source>
        <translation>Ny bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="240"/>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="241"/>
        <source>Role cards</source>
        <translation>Rollekort</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="242"/>
        <source>Deal role cards at random</source>
        <translation>Del rollekort ud tilfældigt</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="243"/>
        <source>One set per table group</source>
        <translation>Ét sæt pr. bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="244"/>
        <source>Hide card on projector</source>
        <translation>Skjul kortet på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="251"/>
        <source>Arena: %1</source>
        <translation>Arena: %1</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="252"/>
        <source>Show on projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="272"/>
        <location filename="../desk/people.py" line="273"/>
        <location filename="../desk/people.py" line="287"/>
        <location filename="../desk/people.py" line="288"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="300"/>
        <source>Participants (%1)</source>
        <translation>Deltagere (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/people.py" line="305"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="vanished">%1 personer</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="312"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="318"/>
        <source>Not dealt yet</source>
        <translation>Ikke delt ud endnu</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="328"/>
        <source>Rename participant</source>
        <translation>Omdøb deltager</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="330"/>
        <source>Change organisation</source>
        <translation>Ret organisation</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="345"/>
        <source>Change table group</source>
        <translation>Skift bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="349"/>
        <source>Assign role card</source>
        <translation>Giv rollekort</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="365"/>
        <source>Add participants</source>
        <translation>Tilføj deltagere</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="379"/>
        <source>Remove participants</source>
        <translation>Fjern deltagere</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="387"/>
        <source>Add table group</source>
        <translation>Tilføj bordgruppe</translation>
    </message>
    <message>
        <location filename="../desk/people.py" line="393"/>
        <source>Deal role cards</source>
        <translation>Del rollekort ud</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <location filename="../desk/phases.py" line="116"/>
        <source>PHASES</source>
        <translation>FASER</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="117"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="118"/>
        <source>TIMER</source>
        <translation>TIMER</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="119"/>
        <source>PRINCIPLES</source>
        <translation>PRINCIPPER</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="123"/>
        <source>◀ Back</source>
        <translation>◀ Tilbage</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="124"/>
        <source>Next phase ▶</source>
        <translation>Næste fase ▶</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="125"/>
        <source>Go back to the previous phase</source>
        <translation>Gå tilbage til forrige fase</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="126"/>
        <source>Move on to the next phase</source>
        <translation>Gå videre til næste fase</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="148"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="169"/>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <location filename="../desk/phases.py" line="178"/>
        <source>In italics: a suggestion from Samskab – not from the source</source>
        <translation>Kursiv: forslag fra Samskab – ikke fra kilden</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/phases.py" line="183"/>
        <source>Timebox: %n minute(s)</source>
        <translation>
            <numerusform>Tidsramme: %n minut</numerusform>
            <numerusform>Tidsramme: %n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>Timebox: %1 minutes</source>
        <translation type="vanished">Tidsramme: %1 minutter</translation>
    </message>
</context>
<context>
    <name>PreviewPicture</name>
    <message>
        <location filename="../desk/projector.py" line="544"/>
        <source>The projector is off</source>
        <translation>Projektoren er slukket</translation>
    </message>
</context>
<context>
    <name>ProjectorPreview</name>
    <message>
        <location filename="../desk/projector.py" line="493"/>
        <source>Projector preview</source>
        <translation>Forhåndsvisning af projektoren</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="494"/>
        <source>Preview of the projector</source>
        <translation>Forhåndsvisning af projektoren</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="495"/>
        <source>A small picture of what the room sees on the projector</source>
        <translation>Et lille billede af det, rummet ser på projektoren</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../desk/projector.py" line="223"/>
        <source>Samskab – projector</source>
        <translation>Samskab – projektor</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="249"/>
        <source>Phase %1 of %2</source>
        <translation>Fase %1 af %2</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="258"/>
        <source>Join with code %1</source>
        <translation>Deltag med koden %1</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="322"/>
        <source>ROLE CARD</source>
        <translation>ROLLEKORT</translation>
    </message>
    <message>
        <location filename="../desk/projector.py" line="324"/>
        <source>Arena: %1</source>
        <translation>Arena: %1</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>%1, continued</source>
        <translation type="vanished">%1, fortsat</translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="517"/>
        <source>(cont.)</source>
        <translation>(forts.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="538"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="552"/>
        <source>Overview: all %n note(s) (small type)</source>
        <translation>
            <numerusform>Overblik: %n note (lille skrift)</numerusform>
            <numerusform>Overblik: alle %n noter (lille skrift)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="557"/>
        <source>No notes on the board yet</source>
        <translation>Ingen noter på tavlen endnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="559"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temaer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="564"/>
        <source>No theme</source>
        <translation>Uden tema</translation>
    </message>
    <message>
        <location filename="../desk/room.py" line="632"/>
        <source>page %1 of %2</source>
        <translation>side %1 af %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../start/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="36"/>
        <source>Automatic (any second screen)</source>
        <translation>Automatisk (en anden skærm)</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="41"/>
        <source>%1 (not connected)</source>
        <translation>%1 (ikke tilsluttet)</translation>
    </message>
    <message>
        <source>Beep when the timer reaches zero</source>
        <translation type="vanished">Bip, når timeren når nul</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="49"/>
        <source>A password typed here is not saved.</source>
        <translation>En adgangskode skrevet her bliver ikke gemt.</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="54"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="55"/>
        <source>Projector screen</source>
        <translation>Projektorskærm</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="56"/>
        <source>Text size on notes</source>
        <translation>Tekststørrelse på sedler</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="vanished">Timer</translation>
    </message>
    <message>
        <location filename="../start/settings_dialog.py" line="57"/>
        <source>Shared database</source>
        <translation>Fælles database</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../desk/shortcuts.py" line="75"/>
        <location filename="../desk/shortcuts.py" line="80"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../desk/shortcuts.py" line="79"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../desk/shortcuts.py" line="79"/>
        <source>Does</source>
        <translation>Gør</translation>
    </message>
    <message>
        <location filename="../desk/shortcuts.py" line="86"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../start/window.py" line="377"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="365"/>
        <source>Samskab – workshops</source>
        <extracomment>The role holding the workshop&apos;s id (column 0). The role holding the value a column sorts by (dates, counts).</extracomment>
        <translation>Samskab – workshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="366"/>
        <location filename="../start/window.py" line="370"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="367"/>
        <source>Plan, run and follow up innovation workshops</source>
        <translation>Planlæg, afvikl og følg op på innovationsworkshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="368"/>
        <source>Search title, question, place…</source>
        <translation>Søg i titel, spørgsmål, sted…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="369"/>
        <source>Search workshops</source>
        <translation>Søg i workshops</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="371"/>
        <source>New workshop…</source>
        <translation>Ny workshop…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="372"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="372"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="372"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="372"/>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="373"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="374"/>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="375"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="376"/>
        <location filename="../start/window.py" line="385"/>
        <location filename="../start/window.py" line="618"/>
        <source>Open sample workshop</source>
        <translation>Åbn eksempel-workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="378"/>
        <source>No workshop matches the search.</source>
        <translation>Ingen workshop passer på søgningen.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="379"/>
        <source>Opening the library…</source>
        <translation>Åbner biblioteket…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="380"/>
        <source>Welcome to Samskab</source>
        <translation>Velkommen til Samskab</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="382"/>
        <source>Choose a template to plan your first workshop, or open the sample workshop to see every part filled in: phases, ideas on the board, role cards and an action plan.</source>
        <translation>Vælg en skabelon for at planlægge din første workshop, eller åbn eksempel-workshoppen og se alle dele udfyldt: faser, idéer på tavlen, rollekort og en handlingsplan.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="386"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="387"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="388"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="389"/>
        <source>&amp;Open workshop</source>
        <translation>&amp;Åbn workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="390"/>
        <source>Open another &amp;library…</source>
        <translation>Åbn et andet &amp;bibliotek…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="391"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="392"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="393"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="394"/>
        <source>&amp;Delete workshop</source>
        <translation>&amp;Slet workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="452"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../start/window.py" line="474"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../start/window.py" line="537"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation type="vanished">%1 workshops</translation>
    </message>
    <message>
        <source>1 workshop</source>
        <translation type="vanished">1 workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="494"/>
        <source>Use this template…</source>
        <translation>Brug skabelonen…</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="523"/>
        <source>No workshop chosen</source>
        <translation>Ingen workshop valgt</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="530"/>
        <source>(no innovation question yet)</source>
        <translation>(intet innovationsspørgsmål endnu)</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="535"/>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="536"/>
        <source>Template: %1</source>
        <translation>Skabelon: %1</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation type="vanished">%1 idéer</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="576"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="577"/>
        <source>Duplicate workshop</source>
        <translation>Duplikér workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="580"/>
        <source>Copied. The copy has the setup, board and action plan, but no votes.</source>
        <translation>Kopieret. Kopien har opsætning, tavle og handlingsplan, men ingen afstemninger.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="591"/>
        <source>Delete workshop</source>
        <translation>Slet workshop</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="594"/>
        <source>Deleted “%1”.</source>
        <translation>»%1« er slettet.</translation>
    </message>
    <message>
        <location filename="../start/window.py" line="628"/>
        <source>Samskab</source>
        <translation>Samskab</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../desk/timer.py" line="279"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="279"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="295"/>
        <source>Sound off</source>
        <translation>Lyd fra</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="295"/>
        <source>Sound on</source>
        <translation>Lyd til</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="296"/>
        <source>Mute the chime at zero</source>
        <translation>Slå klokken ved nul fra</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="297"/>
        <source>The chime at zero is off: click to turn it on</source>
        <translation>Klokken ved nul er slået fra: klik for at slå den til</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="298"/>
        <source>A chime sounds at zero: click to mute it</source>
        <translation>En klokke lyder ved nul: klik for at slå den fra</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="301"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="302"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="303"/>
        <source>Give one more minute</source>
        <translation>Giv ét minut mere</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="304"/>
        <source>Set the timer back to the phase&apos;s timebox</source>
        <translation>Sæt timeren tilbage til fasens tidsramme</translation>
    </message>
    <message>
        <location filename="../desk/timer.py" line="305"/>
        <source>Time left</source>
        <translation>Tid tilbage</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../start/new_workshop.py" line="356"/>
        <source>Workshop details</source>
        <translation>Workshoppens oplysninger</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="364"/>
        <source>No date yet</source>
        <translation>Ingen dato endnu</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="377"/>
        <source>Only for you: notes are never shown on the projector.</source>
        <translation>Kun for dig: noterne vises aldrig på projektoren.</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="381"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="382"/>
        <source>Innovation question</source>
        <translation>Innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="372"/>
        <location filename="../start/new_workshop.py" line="383"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="384"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="385"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="386"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="429"/>
        <source>Edit workshop details</source>
        <translation>Ret workshoppens oplysninger</translation>
    </message>
    <message>
        <location filename="../start/new_workshop.py" line="437"/>
        <source>The details could not be saved.</source>
        <translation>Oplysningerne kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../desk/window.py" line="369"/>
        <source>Phases and timer</source>
        <translation>Faser og timer</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="158"/>
        <location filename="../desk/window.py" line="231"/>
        <source>Idea board</source>
        <extracomment>Asks whether a new phase starts its own time while the timer runs (tests replace it): True for the phase&apos;s own timebox, False to keep the timer.</extracomment>
        <translation>Idétavle</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="159"/>
        <source>Participants and roles</source>
        <translation>Deltagere og roller</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="160"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="163"/>
        <source>Votes</source>
        <translation>Afstemninger</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="372"/>
        <source>Find on the board…</source>
        <translation>Søg på tavlen…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="373"/>
        <source>Find on the board</source>
        <translation>Find på tavlen</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="374"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="375"/>
        <source>Redo</source>
        <translation>Omgør</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="378"/>
        <source>Delete selected notes</source>
        <translation>Slet valgte sedler</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="379"/>
        <source>Find…</source>
        <translation>Søg…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="380"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="381"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="382"/>
        <source>Fit board</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="383"/>
        <source>Close workshop</source>
        <translation>Luk workshop</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="384"/>
        <source>Quit Samskab</source>
        <translation>Afslut Samskab</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="385"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="386"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="387"/>
        <source>Previous phase</source>
        <translation>Forrige fase</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="388"/>
        <source>Next phase</source>
        <translation>Næste fase</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="389"/>
        <source>Start or pause timer</source>
        <translation>Start eller pause timeren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="390"/>
        <source>One more minute</source>
        <translation>Ét minut mere</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="391"/>
        <source>Deal role cards at random</source>
        <translation>Del rollekort ud tilfældigt</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="392"/>
        <source>Workshop details…</source>
        <translation>Workshoppens oplysninger…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="393"/>
        <source>Plan: phases, statements, criteria…</source>
        <translation>Plan: faser, udsagn, kriterier…</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="394"/>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="395"/>
        <source>Blank screen</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="396"/>
        <source>Show or hide role card</source>
        <translation>Vis eller skjul rollekort</translation>
    </message>
    <message>
        <source>Hide role card</source>
        <translation type="vanished">Skjul rollekort</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="397"/>
        <source>Vote on projector</source>
        <translation>Afstemning på projektor</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="398"/>
        <source>Phase and prompts on projector</source>
        <translation>Fase og spørgsmål på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="399"/>
        <source>Focus theme on projector</source>
        <translation>Fokus på tema på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="400"/>
        <source>Overview of all notes on projector</source>
        <translation>Overblik over alle noter på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="401"/>
        <source>Next page on projector</source>
        <translation>Næste side på projektoren</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="404"/>
        <source>Show the projector window (F5)</source>
        <translation>Vis projektorvinduet (F5)</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="405"/>
        <source>Hide everything on the projector (Ctrl+B)</source>
        <translation>Skjul alt på projektoren (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="406"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="407"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="408"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="409"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="410"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="411"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="412"/>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="413"/>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="533"/>
        <source>Go to phase %1</source>
        <translation>Gå til fasen %1</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="557"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="558"/>
        <source>The timer is still running. Start the new phase&apos;s own time?</source>
        <translation>Timeren kører stadig. Start fasens egen tid?</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="559"/>
        <source>Start %1 min</source>
        <translation>Start %1 min</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="560"/>
        <source>Keep the timer running</source>
        <translation>Lad timeren køre videre</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="570"/>
        <source>Time is up for this phase.</source>
        <translation>Tiden er gået for denne fase.</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="768"/>
        <source>Projector off</source>
        <translation>Projektor slukket</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="770"/>
        <source>Projector blank</source>
        <translation>Projektor mørklagt</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="772"/>
        <source>Projector on %1</source>
        <translation>Projektor på %1</translation>
    </message>
    <message>
        <location filename="../desk/window.py" line="774"/>
        <source>Projector in a window</source>
        <translation>Projektor i et vindue</translation>
    </message>
</context>
</TS>
