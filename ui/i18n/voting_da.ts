<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BallotForm</name>
    <message>
        <location filename="../voting/ballots.py" line="69"/>
        <source> dots</source>
        <translation> prikker</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="78"/>
        <location filename="../voting/ballots.py" line="164"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="79"/>
        <location filename="../voting/ballots.py" line="164"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="80"/>
        <location filename="../voting/ballots.py" line="164"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="116"/>
        <source>%1 of %2 dots left</source>
        <translation>%1 af %2 prikker tilbage</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/ballots.py" line="169"/>
        <source>%n dot(s): %1</source>
        <translation>
            <numerusform>%n prik: %1</numerusform>
            <numerusform>%n prikker: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dot(s): %2</source>
        <translation type="vanished">%1 prik(ker): %2</translation>
    </message>
</context>
<context>
    <name>InTurnWidget</name>
    <message>
        <location filename="../voting/ballots.py" line="295"/>
        <source>Hand the laptop to the next participant.</source>
        <translation>Giv computeren videre til den næste deltager.</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="299"/>
        <source>Start my ballot</source>
        <translation>Start min stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="316"/>
        <source>I am not voting</source>
        <translation>Jeg stemmer ikke</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="319"/>
        <source>Cast my vote</source>
        <translation>Afgiv stemme</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="335"/>
        <source>Pass on to the next</source>
        <translation>Giv videre til den næste</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="346"/>
        <source>Without a name</source>
        <translation>Uden navn</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="370"/>
        <source>Not voting</source>
        <translation>Stemmer ikke</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="372"/>
        <source>You chose not to vote.</source>
        <translation>Du har valgt ikke at stemme.</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="374"/>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="379"/>
        <source>Thank you! Counted:</source>
        <translation>Tak! Talt med:</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <location filename="../voting/ballots.py" line="241"/>
        <source>Anonymous ballot</source>
        <translation>Anonym stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="246"/>
        <source>Ballot of:</source>
        <translation>Stemmeseddel fra:</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="251"/>
        <source>Save ballot</source>
        <translation>Gem stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="272"/>
        <source>Enter ballot</source>
        <translation>Indtast stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="275"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message>
        <location filename="../voting/phones.py" line="78"/>
        <location filename="../voting/phones.py" line="140"/>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="141"/>
        <source>The network the phones are on (the room&apos;s Wi-Fi or your hotspot)</source>
        <translation>Det net, telefonerne er på (lokalets wi-fi eller dit hotspot)</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="142"/>
        <source>&amp;Network address:</source>
        <translation>&amp;Netadresse:</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="143"/>
        <source>Network address</source>
        <translation>Netadresse</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="91"/>
        <location filename="../voting/phones.py" line="174"/>
        <source>Open the workshop for phones</source>
        <translation>Åbn workshoppen for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="144"/>
        <source>QR code for the phones</source>
        <translation>QR-kode til telefonerne</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="145"/>
        <location filename="../voting/phones.py" line="146"/>
        <source>Share the summary on the phones</source>
        <translation>Del opsamlingen på telefonerne</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="147"/>
        <source>Participants download the PDF handout from this laptop over the room&apos;s network (the workshop is opened for phones first)</source>
        <translation>Deltagerne henter PDF-opsamlingen fra denne computer over lokalets net (workshoppen åbnes for telefoner først)</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="149"/>
        <source>with names</source>
        <translation>med navne</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="150"/>
        <source>Share the version with the participants&apos; names</source>
        <translation>Del udgaven med deltagernes navne</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="172"/>
        <source>Close for phones</source>
        <translation>Luk for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="173"/>
        <source>Close the workshop for phones</source>
        <translation>Luk workshoppen for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="185"/>
        <source>Shared with the phones: %1 (%2 kB)</source>
        <translation>Delt på telefonerne: %1 (%2 kB)</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="193"/>
        <source>Participants join from their phones on the room&apos;s network: open the workshop for them. One code for the whole workshop.</source>
        <translation>Deltagerne kommer med fra deres telefoner på lokalets net: åbn workshoppen for dem. Én kode til hele workshoppen.</translation>
    </message>
    <message>
        <source>Network address:</source>
        <translation type="vanished">Netadresse:</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="89"/>
        <location filename="../voting/phones.py" line="172"/>
        <source>Open for phones</source>
        <translation>Åbn for telefoner</translation>
    </message>
    <message>
        <source>Stop phones</source>
        <translation type="vanished">Stop telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="189"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <source>Phones on the room&apos;s network can vote once you open the vote for them.</source>
        <translation type="vanished">Telefoner på lokalets net kan stemme, når du åbner afstemningen for dem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/phones.py" line="190"/>
        <source>%n voted</source>
        <translation>
            <numerusform>%n har stemt</numerusform>
            <numerusform>%n har stemt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../voting/projector.py" line="185"/>
        <source>No vote selected</source>
        <extracomment>Enig, Uenig, Ved ikke: colour AND pattern (solid, diagonal hatch, dots). Type sizes in units (a 40th of the width or a 22nd of the height, the smaller): on a 1080-line projector a unit is about 45 px, so the smallest text, 0.95 units, has capitals of 31 px (Inter&apos;s are 0.727 of the em): above the 30 px the back row needs. The text colours drawn here on their backgrounds (checked for 4.5:1 with the theme&apos;s: tests/ui/test_contrast.py). Labels on a hatched answer stand on a white plate.</extracomment>
        <translation>Ingen afstemning valgt</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="189"/>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="189"/>
        <source>Statement poll</source>
        <translation>Udsagnsafstemning</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="189"/>
        <source>Criteria scoring</source>
        <translation>Kriteriescoring</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="203"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n har stemt</numerusform>
            <numerusform>%n har stemt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="205"/>
        <source>%n not voting</source>
        <translation>
            <numerusform>%n stemmer ikke</numerusform>
            <numerusform>%n stemmer ikke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="240"/>
        <source>%n voted</source>
        <translation>
            <numerusform>%n har stemt</numerusform>
            <numerusform>%n har stemt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="244"/>
        <source>The vote is open</source>
        <translation>Afstemningen er åben</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="244"/>
        <source>The vote is closed – results follow</source>
        <translation>Afstemningen er lukket – resultatet kommer</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="250"/>
        <source>Scan the code, or go to</source>
        <translation>Scan koden, eller gå til</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="257"/>
        <source>and type the code</source>
        <translation>og skriv koden</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="317"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="317"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="317"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="381"/>
        <location filename="../voting/projector.py" line="385"/>
        <source>C%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="386"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="386"/>
        <source>Mean</source>
        <translation>Gns.</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="386"/>
        <source>Rank by mean</source>
        <translation>Plads efter gns.</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="404"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="451"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyForm</name>
    <message>
        <location filename="../voting/ballots.py" line="190"/>
        <source>Criteria are scored per person: use &quot;Per person&quot;.</source>
        <translation>Kriterier scores pr. person: brug »Pr. person«.</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="195"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="195"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="196"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="214"/>
        <source>count from hands</source>
        <translation>tæl fra hænderne</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="216"/>
        <source>People voting:</source>
        <translation>Antal der stemte:</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="218"/>
        <source>Save count</source>
        <translation>Gem optælling</translation>
    </message>
    <message>
        <location filename="../voting/ballots.py" line="228"/>
        <source>Enter count</source>
        <translation>Indtast optælling</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../voting/panel.py" line="195"/>
        <source>New vote</source>
        <translation>Ny afstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="196"/>
        <location filename="../voting/panel.py" line="239"/>
        <location filename="../voting/panel.py" line="335"/>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="196"/>
        <source>Statement poll (Agree / Disagree / Don&apos;t know)</source>
        <translation>Udsagnsafstemning (Enig / Uenig / Ved ikke)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="197"/>
        <source>Criteria scoring (1–5)</source>
        <translation>Kriteriescoring (1–5)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="203"/>
        <source>on ideas</source>
        <translation>på idéer</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="204"/>
        <source>on themes</source>
        <translation>på temaer</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="199"/>
        <source>What the vote is on</source>
        <translation>Hvad der stemmes om</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="200"/>
        <source>How many of the best</source>
        <translation>Hvor mange af de bedste</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="201"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="202"/>
        <source>Statements to ask</source>
        <translation>Udsagn, der spørges om</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="205"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="206"/>
        <source>Anonymous (no names on ballots)</source>
        <translation>Anonym (ingen navne på stemmesedlerne)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="207"/>
        <location filename="../voting/panel.py" line="382"/>
        <source>Open vote</source>
        <translation>Åbn afstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="208"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="208"/>
        <source>Vote:</source>
        <translation>Stem:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="208"/>
        <source>On:</source>
        <translation>Om:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="209"/>
        <source>Statements:</source>
        <translation>Udsagn:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="209"/>
        <source>Dots each:</source>
        <translation>Prikker pr. deltager:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="210"/>
        <source>Most dots on one:</source>
        <translation>Højst prikker på én:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="210"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="442"/>
        <source>Open for phones</source>
        <translation>Åbn for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="464"/>
        <source>Writing the summary for the phones…</source>
        <translation>Skriver opsamlingen til telefonerne …</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="479"/>
        <source>summary with names</source>
        <translation>opsamling med navne</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="479"/>
        <source>summary</source>
        <translation>opsamling</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="485"/>
        <source>The summary could not be written: %1</source>
        <translation>Opsamlingen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="514"/>
        <source>Close for phones</source>
        <translation>Luk for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="168"/>
        <location filename="../voting/panel.py" line="212"/>
        <source>Close vote</source>
        <translation>Luk afstemningen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="213"/>
        <location filename="../voting/panel.py" line="399"/>
        <source>Reveal results</source>
        <translation>Vis resultatet</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="214"/>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="174"/>
        <source>Reopen vote</source>
        <translation>Genåbn afstemningen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="239"/>
        <source>Statement poll</source>
        <translation>Udsagnsafstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="239"/>
        <location filename="../voting/panel.py" line="335"/>
        <source>Criteria scoring</source>
        <translation>Kriteriescoring</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="290"/>
        <source>Show of hands</source>
        <translation>Håndsoprækning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="290"/>
        <source>Per person (paper)</source>
        <translation>Pr. person (papir)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="290"/>
        <source>In turn at the laptop</source>
        <translation>På skift ved computeren</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="439"/>
        <location filename="../voting/panel.py" line="485"/>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="296"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="296"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="296"/>
        <source>Revealed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="329"/>
        <source>The statements ticked below</source>
        <translation>De udsagn, der er sat flueben ved</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="331"/>
        <source>All ideas (or themes)</source>
        <translation>Alle idéer (eller temaer)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="332"/>
        <source>Ideas selected on the board</source>
        <translation>Idéer markeret på tavlen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="334"/>
        <source>Theme: %1</source>
        <translation>Temaet: %1</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="339"/>
        <source>The best of vote %1</source>
        <translation>De bedste fra afstemning %1</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="439"/>
        <source>The phone page could not start: %1</source>
        <translation>Telefonsiden kunne ikke starte: %1</translation>
    </message>
</context>
</TS>
