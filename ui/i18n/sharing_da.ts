<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BallotOptionsDialog</name>
    <message>
        <location filename="../sharing/options.py" line="205"/>
        <source>Ballots for printing</source>
        <translation>Stemmesedler til print</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="206"/>
        <source>Paper ballots for rooms without phones. Enter the counts in the app afterwards.</source>
        <translation>Stemmesedler på papir til rum uden telefoner. Skriv optællingen ind i Samskab bagefter.</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="207"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="214"/>
        <source>One per participant</source>
        <translation>Én pr. deltager</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="216"/>
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="217"/>
        <source>Ballots</source>
        <translation>Stemmesedler</translation>
    </message>
</context>
<context>
    <name>BoardPictureDialog</name>
    <message>
        <location filename="../sharing/options.py" line="182"/>
        <source>The board as a picture</source>
        <translation>Tavlen som billede</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="183"/>
        <source>The notes as they lie on the board, in their themes: a PDF to print, or a PNG for a slide.</source>
        <translation>Sedlerne, som de ligger på tavlen i deres temaer: en PDF til print eller en PNG til et dias.</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="184"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="187"/>
        <location filename="../sharing/options.py" line="195"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="188"/>
        <source>The whole board</source>
        <translation>Hele tavlen</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="190"/>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="192"/>
        <location filename="../sharing/options.py" line="196"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="193"/>
        <source>PDF (for printing)</source>
        <translation>PDF (til print)</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="194"/>
        <source>PNG (a picture)</source>
        <translation>PNG (et billede)</translation>
    </message>
</context>
<context>
    <name>CardOptionsDialog</name>
    <message>
        <location filename="../sharing/options.py" line="158"/>
        <source>Role cards for printing</source>
        <translation>Rollekort til print</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="159"/>
        <source>Igangsætter, Facilitator and Katalysator with their arena and tasks, four to a page with cutting marks.</source>
        <translation>Igangsætter, Facilitator og Katalysator med arena og opgaver – fire pr. side med skæremærker.</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="160"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="162"/>
        <source>Print the participants&apos; names on the cards</source>
        <translation>Skriv deltagernes navne på kortene</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="164"/>
        <source>Names</source>
        <translation>Navne</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="165"/>
        <source>Without names, one card is printed for each role card dealt, to hand out freely.</source>
        <translation>Uden navne udskrives ét kort for hvert uddelt rollekort, så de kan deles frit ud.</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../sharing/followup.py" line="299"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="300"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="300"/>
        <source>Project owner</source>
        <translation>Projektejer</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="300"/>
        <source>Next date</source>
        <translation>Næste dato</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="300"/>
        <source>Added value</source>
        <translation>Merværdi</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="301"/>
        <source>Hours saved or gained</source>
        <translation>Timer sparet eller vundet</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="301"/>
        <source>Kroner</source>
        <translation>Kroner</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="301"/>
        <source>For whom has it created value?</source>
        <translation>For hvem har det skabt værdi?</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="302"/>
        <source>What value, and what unexpected value?</source>
        <translation>Hvilken værdi, og hvad er der af uventet værdi?</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="302"/>
        <source>How can the idea be used elsewhere?</source>
        <translation>Hvordan kan idéen bruges andre steder?</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="303"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="309"/>
        <source>e.g. 120</source>
        <translation>fx 120</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="310"/>
        <source>e.g. 45.000</source>
        <translation>fx 45.000</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="311"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="312"/>
        <source>Save the follow-up</source>
        <translation>Gem opfølgningen</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="313"/>
        <location filename="../sharing/followup.py" line="314"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="323"/>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="385"/>
        <source>Choose an idea to follow it up.</source>
        <translation>Vælg en idé for at følge den op.</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="422"/>
        <source>No changes yet.</source>
        <translation>Ingen ændringer endnu.</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="462"/>
        <source>The follow-up has changes that are not saved.</source>
        <translation>Opfølgningen har ændringer, der ikke er gemt.</translation>
    </message>
</context>
<context>
    <name>IdeaBankWindow</name>
    <message>
        <location filename="../sharing/idea_bank.py" line="304"/>
        <source>Idea bank – Samskab</source>
        <extracomment>Who a saved change is kept as: the OS user (tests replace it).</extracomment>
        <translation>Idébank – Samskab</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="305"/>
        <location filename="../sharing/idea_bank.py" line="800"/>
        <source>Idea bank</source>
        <translation>Idébank</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="306"/>
        <source>The ideas of every workshop sent to the shared database</source>
        <translation>Idéerne fra alle workshops, der er sendt til den fælles database</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="307"/>
        <source>Shared database</source>
        <translation>Fælles database</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="308"/>
        <source>Search the ideas…</source>
        <translation>Søg i idéerne…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="309"/>
        <source>Search the ideas</source>
        <translation>Søg i idéerne</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="310"/>
        <source>Ideas found</source>
        <translation>Fundne idéer</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="311"/>
        <source>The chosen idea</source>
        <translation>Den valgte idé</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="312"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="314"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="314"/>
        <location filename="../sharing/idea_bank.py" line="359"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="314"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="314"/>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="315"/>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="315"/>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="315"/>
        <source>Sort</source>
        <translation>Sortering</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="315"/>
        <location filename="../sharing/idea_bank.py" line="360"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="321"/>
        <source>Any group</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="325"/>
        <source>Any status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="331"/>
        <source>All templates</source>
        <translation>Alle skabeloner</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="343"/>
        <source>Any phase</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="346"/>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="355"/>
        <source>Most votes</source>
        <translation>Flest stemmer</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="356"/>
        <source>Newest workshop</source>
        <translation>Nyeste workshop</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="359"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="359"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="359"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="359"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="360"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="360"/>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="362"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="363"/>
        <source>Search and follow up</source>
        <translation>Søg og følg op</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="366"/>
        <source>Open the workshop&apos;s outcome</source>
        <translation>Åbn workshoppens resultat</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="367"/>
        <source>Export as CSV…</source>
        <translation>Eksportér som CSV…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="368"/>
        <source>Export as PDF…</source>
        <translation>Eksportér som PDF…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="369"/>
        <source>The chosen ideas, or all shown when none is chosen</source>
        <translation>De valgte idéer – eller alle viste, når ingen er valgt</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="372"/>
        <source>Write the shared database&apos;s address and search.</source>
        <translation>Skriv adressen på den fælles database, og søg.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="373"/>
        <source>Search, or press Search to see the ideas with most votes.</source>
        <translation>Søg – eller tryk på Søg for at se idéerne med flest stemmer.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="445"/>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="456"/>
        <source>No ideas match the search.</source>
        <translation>Ingen idéer matcher søgningen.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="458"/>
        <source>The first %1 ideas. Narrow the search to see the rest.</source>
        <translation>De første %1 idéer. Afgræns søgningen for at se resten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="460"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="554"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="613"/>
        <source>Reading the follow-up…</source>
        <translation>Henter opfølgningen…</translation>
    </message>
    <message>
        <source>1 idea</source>
        <translation type="vanished">1 idé</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation type="vanished">%1 idéer</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="516"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n udgave</numerusform>
            <numerusform>%n udgaver</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="520"/>
        <source>(deleted on another laptop)</source>
        <translation>(slettet på en anden laptop)</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="521"/>
        <source>Changed on two laptops at the same revision. The other version(s):</source>
        <translation>
            <numerusform>Ændret på to laptops ved samme revision. Den anden udgave:</numerusform>
            <numerusform>Ændret på to laptops ved samme revision. De andre udgaver:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="523"/>
        <source>Edit the idea in the workshop and send it again to settle it.</source>
        <translation>Ret idéen i workshoppen, og send den igen for at afgøre det.</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="vanished">%1 stemmer</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="645"/>
        <location filename="../sharing/idea_bank.py" line="753"/>
        <source>One moment: Samskab is still working on the previous request.</source>
        <translation>Et øjeblik: Samskab arbejder stadig på det forrige.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="655"/>
        <source>Nothing to save.</source>
        <translation>Intet at gemme.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="662"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="682"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="717"/>
        <source>Reading the overview…</source>
        <translation>Henter overblikket…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="778"/>
        <source>Save ideas as CSV</source>
        <translation>Gem idéer som CSV</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="778"/>
        <location filename="../sharing/idea_bank.py" line="794"/>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="779"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="784"/>
        <source>Writing the CSV file…</source>
        <translation>Skriver CSV-filen…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="786"/>
        <location filename="../sharing/idea_bank.py" line="803"/>
        <source>%1 saved.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="794"/>
        <source>Save ideas as PDF</source>
        <translation>Gem idéer som PDF</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="795"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="801"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF’en…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="826"/>
        <source>Opening the workshop&apos;s outcome…</source>
        <translation>Åbner workshoppens resultat…</translation>
    </message>
    <message>
        <location filename="../sharing/idea_bank.py" line="827"/>
        <source>The outcome is open in the PDF viewer: %1</source>
        <translation>Resultatet er åbnet i PDF-fremviseren: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../sharing/followup.py" line="157"/>
        <source>“Innovation must create added value – and we must be able to see it.”</source>
        <translation>»Innovation skal skabe merværdi – og vi skal kunne se det.«</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="158"/>
        <source>Where the ideas stand</source>
        <translation>Hvor idéerne står</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="159"/>
        <source>Value documented so far</source>
        <translation>Dokumenteret værdi indtil nu</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="160"/>
        <source>By template</source>
        <translation>Efter skabelon</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="161"/>
        <source>By year</source>
        <translation>Efter år</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="162"/>
        <source>Ideas by template and status</source>
        <translation>Idéer efter skabelon og status</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="163"/>
        <source>Ideas by year and status</source>
        <translation>Idéer efter år og status</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="177"/>
        <source>%1: %2 – show these ideas</source>
        <translation>%1: %2 – vis disse idéer</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="180"/>
        <source>Not read yet.</source>
        <translation>Ikke hentet endnu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/followup.py" line="184"/>
        <source>%n idea(s) in the bank</source>
        <translation>
            <numerusform>%n idé i banken</numerusform>
            <numerusform>%n idéer i banken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="185"/>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="186"/>
        <source>%1 kr.</source>
        <translation>%1 kr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/followup.py" line="187"/>
        <source>%n idea(s) with a documented value</source>
        <translation>
            <numerusform>%n idé med dokumenteret værdi</numerusform>
            <numerusform>%n idéer med dokumenteret værdi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="191"/>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="194"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="195"/>
        <source>No date</source>
        <translation>Uden dato</translation>
    </message>
    <message>
        <location filename="../sharing/followup.py" line="207"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../sharing/options.py" line="92"/>
        <source>PDF handout</source>
        <extracomment>What the handout adds from the settings (see exports.handout.HandoutOptions).</extracomment>
        <translation>PDF-referat</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="93"/>
        <source>The handout for the participants: the question, the ideas, the votes and the action plan.</source>
        <translation>Referatet til deltagerne: spørgsmålet, idéerne, afstemningerne og handlingsplanen.</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="94"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="96"/>
        <source>Without names</source>
        <translation>Uden navne</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="101"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="102"/>
        <source>Without names the handout shows only how many took part (for sharing outside the room).</source>
        <translation>Uden navne viser referatet kun, hvor mange der deltog (til deling uden for rummet).</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="103"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="107"/>
        <location filename="../sharing/options.py" line="121"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="108"/>
        <source>For example: Gentofte Kommune</source>
        <translation>For eksempel: Gentofte Kommune</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="109"/>
        <source>Logo file</source>
        <translation>Logofil</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="109"/>
        <source>PNG or JPEG, printed on the cover</source>
        <translation>PNG eller JPEG, trykt på forsiden</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="110"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="111"/>
        <location filename="../sharing/options.py" line="140"/>
        <source>Choose the logo file</source>
        <translation>Vælg logofilen</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="116"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="117"/>
        <location filename="../sharing/options.py" line="121"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="118"/>
        <source>The innovation unit: name, e-mail, phone</source>
        <translation>Innovationsenheden: navn, e-mail, telefon</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="119"/>
        <location filename="../sharing/options.py" line="122"/>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="120"/>
        <source>Empty: the action plan&apos;s earliest first test</source>
        <translation>Tom: handlingsplanens første lille test</translation>
    </message>
    <message>
        <location filename="../sharing/options.py" line="141"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../sharing/push.py" line="247"/>
        <source>Send to the shared database</source>
        <extracomment>When each workshop last went through (this session), for the status line.</extracomment>
        <translation>Send til fælles database</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="249"/>
        <source>The workshop&apos;s outcome goes to the municipality&apos;s shared database, where the innovation unit sees the ideas of every workshop. Sending again updates it; nothing is duplicated.</source>
        <translation>Workshoppens resultat sendes til kommunens fælles database, hvor innovationsenheden ser idéerne fra alle workshops. Sender du igen, opdateres det – intet bliver dobbelt.</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="257"/>
        <source>A database server&apos;s address, or a file path for a small team. A password typed here is kept in the system&apos;s keyring, never in the settings.</source>
        <translation>En databaseservers adresse, eller en filsti for et lille team. En adgangskode skrevet her gemmes i systemets nøglering, aldrig i indstillingerne.</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="260"/>
        <source>Send the participants&apos; names</source>
        <translation>Send deltagernes navne med</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="263"/>
        <source>Names are personal data. Without them, participants are sent as “Participant 1”, “Participant 2”…</source>
        <translation>Navne er personoplysninger. Uden dem sendes deltagerne som »Deltager 1«, »Deltager 2« …</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="287"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="292"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="327"/>
        <location filename="../sharing/push.py" line="330"/>
        <source>Samskab is still sending. Please wait until it is done.</source>
        <translation>Samskab sender stadig. Vent, til det er færdigt.</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="342"/>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="379"/>
        <source>Waiting for a connection. The database cannot be reached just now; Samskab keeps the workshop and sends it by itself as soon as it can (every few minutes, and at the next start).</source>
        <translation>Venter på forbindelse. Databasen kan ikke nås lige nu; Samskab gemmer workshoppen og sender den selv, så snart det kan lade sig gøre (med få minutters mellemrum og ved næste start).</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="381"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../sharing/push.py" line="388"/>
        <source>Nothing was sent.</source>
        <translation>Intet blev sendt.</translation>
    </message>
</context>
<context>
    <name>SharedAddress</name>
    <message>
        <location filename="../sharing/push.py" line="69"/>
        <source>Write the shared database&apos;s address first.</source>
        <extracomment>The look of &quot;waiting for a connection&quot; (the dialog&apos;s outcome, the desk&apos;s status). The address field of the push dialog or the idea bank is empty.</extracomment>
        <translation>Skriv den fælles databases adresse først.</translation>
    </message>
</context>
<context>
    <name>StartSharing</name>
    <message>
        <location filename="../sharing/start.py" line="114"/>
        <source>&amp;Import workshop file…</source>
        <extracomment>The parent of the dialogs and file choosers.</extracomment>
        <translation>&amp;Importér workshopfil…</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="115"/>
        <source>Idea &amp;bank…</source>
        <translation>&amp;Idébank…</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="116"/>
        <location filename="../sharing/start.py" line="118"/>
        <source>Import workshop file…</source>
        <translation>Importér workshopfil…</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="117"/>
        <source>Idea bank…</source>
        <translation>Idébank…</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="144"/>
        <source>One moment: Samskab is still reading the previous file.</source>
        <translation>Et øjeblik: Samskab læser stadig den forrige fil.</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="146"/>
        <location filename="../sharing/start.py" line="185"/>
        <source>Import workshop file</source>
        <translation>Importér workshopfil</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="147"/>
        <source>Samskab workshop (*.samskab);;All files (*)</source>
        <translation>Samskab-workshop (*.samskab);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="152"/>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="167"/>
        <source>Another library was opened while the file was being read.</source>
        <translation>Et andet bibliotek blev åbnet, mens filen blev læst.</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="191"/>
        <source>The file could not be imported.</source>
        <translation>Filen kunne ikke importeres.</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="197"/>
        <source>“%1” was already in the library; nothing new to import.</source>
        <translation>»%1« fandtes allerede i biblioteket; der var intet nyt at importere.</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="199"/>
        <source>“%1” has been imported: %2 rows added, %3 updated, %4 unchanged.</source>
        <translation>»%1« er importeret: %2 rækker tilføjet, %3 opdateret, %4 uændret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/start.py" line="203"/>
        <source>%n row(s) deleted in the file were removed here too.</source>
        <translation>
            <numerusform>%n række, der er slettet i filen, er også fjernet her.</numerusform>
            <numerusform>%n rækker, der er slettet i filen, er også fjernet her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="206"/>
        <source>Workshop imported with conflicts</source>
        <translation>Workshop importeret med konflikter</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="209"/>
        <source>Workshop imported</source>
        <translation>Workshop importeret</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="214"/>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message>
        <location filename="../sharing/start.py" line="215"/>
        <source>The workshop file cannot be imported</source>
        <translation>Workshopfilen kan ikke importeres</translation>
    </message>
</context>
<context>
    <name>WorkshopSharing</name>
    <message>
        <location filename="../sharing/desk.py" line="177"/>
        <source>&amp;Share</source>
        <extracomment>The parent of the dialogs and file choosers.</extracomment>
        <translation>&amp;Del</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="178"/>
        <source>PDF handout, printing, files and the shared database</source>
        <translation>PDF-referat, print, filer og den fælles database</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="180"/>
        <source>PDF handout…</source>
        <translation>PDF-referat…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="181"/>
        <source>The board as a picture…</source>
        <translation>Tavlen som billede…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="182"/>
        <source>Role cards for printing…</source>
        <translation>Rollekort til print…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="183"/>
        <source>Ballots for printing…</source>
        <translation>Stemmesedler til print…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="184"/>
        <source>Ideas as CSV…</source>
        <translation>Idéer som CSV…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="185"/>
        <source>Results for Excel (.xlsx)…</source>
        <translation>Resultater til Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="186"/>
        <source>Export workshop file (.samskab)…</source>
        <translation>Eksportér workshopfil (.samskab)…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="187"/>
        <source>Send to the shared database…</source>
        <translation>Send til fælles database…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="216"/>
        <source>One moment: Samskab is still writing the previous file.</source>
        <translation>Et øjeblik: Samskab skriver stadig den forrige fil.</translation>
    </message>
    <message>
        <source>(%1 pages)</source>
        <translation type="vanished">(%1 sider)</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="232"/>
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n side)</numerusform>
            <numerusform>(%n sider)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="238"/>
        <source>Characters the PDF cannot show</source>
        <translation>Tegn, som PDF&apos;en ikke kan vise</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="239"/>
        <source>The file is saved. %n text(s) hold characters the PDF&apos;s fonts do not have; they print as boxes:</source>
        <translation>
            <numerusform>Filen er gemt. %n tekst har tegn, som PDF&apos;ens skrifttyper ikke har; de står som firkanter:</numerusform>
            <numerusform>Filen er gemt. %n tekster har tegn, som PDF&apos;ens skrifttyper ikke har; de står som firkanter:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="245"/>
        <source>Could not write the file: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="268"/>
        <source>Save PDF handout</source>
        <translation>Gem PDF-referat</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="268"/>
        <location filename="../sharing/desk.py" line="293"/>
        <location filename="../sharing/desk.py" line="330"/>
        <location filename="../sharing/desk.py" line="373"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="277"/>
        <source>Writing the PDF handout…</source>
        <translation>Skriver PDF-referatet…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="280"/>
        <source>PDF handout saved: %1</source>
        <translation>PDF-referatet er gemt: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="293"/>
        <source>Save role cards</source>
        <translation>Gem rollekort</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="300"/>
        <source>Writing the role cards…</source>
        <translation>Skriver rollekortene…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="303"/>
        <source>Role cards saved: %1</source>
        <translation>Rollekortene er gemt: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="310"/>
        <source>dot vote</source>
        <translation>prikafstemning</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="310"/>
        <source>statements</source>
        <translation>udsagn</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="310"/>
        <source>criteria</source>
        <translation>kriterier</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="311"/>
        <source>Untitled vote</source>
        <translation>Afstemning uden titel</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="318"/>
        <source>Ballots for printing</source>
        <translation>Stemmesedler til print</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="319"/>
        <source>This workshop has no votes yet. Make one under Votes first; then print its ballots.</source>
        <translation>Workshoppen har ingen afstemninger endnu. Opret først en under Afstemninger; udskriv så dens stemmesedler.</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="330"/>
        <source>Save ballots</source>
        <translation>Gem stemmesedler</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="337"/>
        <source>Writing the ballots…</source>
        <translation>Skriver stemmesedlerne…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="339"/>
        <source>Ballots saved: %1</source>
        <translation>Stemmesedlerne er gemt: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="345"/>
        <source>Save ideas as CSV</source>
        <translation>Gem idéer som CSV</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="345"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="355"/>
        <source>Writing the CSV file…</source>
        <translation>Skriver CSV-filen…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="355"/>
        <source>Ideas saved as CSV: %1</source>
        <translation>Idéerne er gemt som CSV: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="372"/>
        <source>Save the board</source>
        <translation>Gem tavlen</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="373"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="393"/>
        <source>Writing the board…</source>
        <translation>Skriver tavlen…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="393"/>
        <source>The board is saved: %1</source>
        <translation>Tavlen er gemt: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="399"/>
        <source>Save results for Excel</source>
        <translation>Gem resultater til Excel</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="399"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="409"/>
        <source>Writing the Excel workbook…</source>
        <translation>Skriver Excel-projektmappen…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="409"/>
        <source>Results saved for Excel: %1</source>
        <translation>Resultaterne er gemt til Excel: %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="415"/>
        <source>Export workshop file</source>
        <translation>Eksportér workshopfil</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="415"/>
        <source>Samskab workshop (*.samskab)</source>
        <translation>Samskab-workshop (*.samskab)</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="425"/>
        <source>Writing the workshop file…</source>
        <translation>Skriver workshopfilen…</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="426"/>
        <source>Workshop file saved: %1. Import it on another laptop from the start screen.</source>
        <translation>Workshopfilen er gemt: %1. Importér den på en anden bærbar fra startskærmen.</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="442"/>
        <source>Waiting for a connection</source>
        <translation>Venter på forbindelse</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="448"/>
        <source>Sent to the shared database at %1 with %n conflict(s)</source>
        <translation>
            <numerusform>Sendt til den fælles database kl. %1 med %n konflikt</numerusform>
            <numerusform>Sendt til den fælles database kl. %1 med %n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="450"/>
        <source>Sent to the shared database at %1</source>
        <translation>Sendt til den fælles database kl. %1</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="460"/>
        <source>The workshop is kept and sent by itself as soon as the shared database can be reached.</source>
        <translation>Workshoppen gemmes og sendes af sig selv, så snart den fælles database kan nås.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="473"/>
        <source>The workshop has been sent to the shared database with %n conflict(s).</source>
        <translation>
            <numerusform>Workshoppen er sendt til den fælles database med %n konflikt.</numerusform>
            <numerusform>Workshoppen er sendt til den fælles database med %n konflikter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="476"/>
        <source>The workshop has been sent to the shared database.</source>
        <translation>Workshoppen er sendt til den fælles database.</translation>
    </message>
    <message>
        <location filename="../sharing/desk.py" line="478"/>
        <source>Waiting for a connection: the workshop is sent as soon as the database can be reached.</source>
        <translation>Venter på forbindelse: workshoppen sendes, så snart databasen kan nås.</translation>
    </message>
</context>
</TS>
