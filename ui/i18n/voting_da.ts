<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BallotForm</name>
    <message>
        <location filename="../voting/panel.py" line="106"/>
        <source> dots</source>
        <translation> prikker</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="115"/>
        <location filename="../voting/panel.py" line="201"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="116"/>
        <location filename="../voting/panel.py" line="201"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="117"/>
        <location filename="../voting/panel.py" line="201"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="153"/>
        <source>%1 of %2 dots left</source>
        <translation>%1 af %2 prikker tilbage</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="206"/>
        <source>%1 dot(s): %2</source>
        <translation>%1 prik(ker): %2</translation>
    </message>
</context>
<context>
    <name>InTurnWidget</name>
    <message>
        <location filename="../voting/panel.py" line="332"/>
        <source>Hand the laptop to the next participant.</source>
        <translation>Giv computeren videre til den næste deltager.</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="336"/>
        <source>Start my ballot</source>
        <translation>Start min stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="353"/>
        <source>I am not voting</source>
        <translation>Jeg stemmer ikke</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="356"/>
        <source>Cast my vote</source>
        <translation>Afgiv stemme</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="372"/>
        <source>Pass on to the next</source>
        <translation>Giv videre til den næste</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="383"/>
        <source>Without a name</source>
        <translation>Uden navn</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="406"/>
        <source>Not voting</source>
        <translation>Stemmer ikke</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="408"/>
        <source>You chose not to vote.</source>
        <translation>Du har valgt ikke at stemme.</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="410"/>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="415"/>
        <source>Thank you! Counted:</source>
        <translation>Tak! Talt med:</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <location filename="../voting/panel.py" line="278"/>
        <source>Anonymous ballot</source>
        <translation>Anonym stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="283"/>
        <source>Ballot of:</source>
        <translation>Stemmeseddel fra:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="288"/>
        <source>Save ballot</source>
        <translation>Gem stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="309"/>
        <source>Enter ballot</source>
        <translation>Indtast stemmeseddel</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="312"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message>
        <location filename="../voting/panel.py" line="462"/>
        <source>The network the phones are on (the room&apos;s Wi-Fi or your hotspot)</source>
        <translation>Det net, telefonerne er på (lokalets wi-fi eller dit hotspot)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="466"/>
        <source>Network address:</source>
        <translation>Netadresse:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="469"/>
        <location filename="../voting/panel.py" line="509"/>
        <source>Open for phones</source>
        <translation>Åbn for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="509"/>
        <source>Stop phones</source>
        <translation>Stop telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="517"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="519"/>
        <source>Phones on the room&apos;s network can vote once you open the vote for them.</source>
        <translation>Telefoner på lokalets net kan stemme, når du åbner afstemningen for dem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/panel.py" line="521"/>
        <source>%n ballot(s) received</source>
        <translation>
            <numerusform>%n stemmeseddel modtaget</numerusform>
            <numerusform>%n stemmesedler modtaget</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../voting/projector.py" line="125"/>
        <source>No vote selected</source>
        <extracomment>Enig, Uenig, Ved ikke: colour AND pattern (solid, diagonal hatch, dots).</extracomment>
        <translation>Ingen afstemning valgt</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="129"/>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="129"/>
        <source>Statement poll</source>
        <translation>Udsagnsafstemning</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="129"/>
        <source>Criteria scoring</source>
        <translation>Kriteriescoring</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="142"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n har stemt</numerusform>
            <numerusform>%n har stemt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="144"/>
        <source>%n not voting</source>
        <translation>
            <numerusform>%n stemmer ikke</numerusform>
            <numerusform>%n stemmer ikke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="174"/>
        <source>%n ballot(s) received</source>
        <translation>
            <numerusform>%n stemmeseddel modtaget</numerusform>
            <numerusform>%n stemmesedler modtaget</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="178"/>
        <source>The vote is open</source>
        <translation>Afstemningen er åben</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="178"/>
        <source>The vote is closed – results follow</source>
        <translation>Afstemningen er lukket – resultatet kommer</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="185"/>
        <source>Scan the code, or go to</source>
        <translation>Scan koden, eller gå til</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="192"/>
        <source>and type the code</source>
        <translation>og skriv koden</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="233"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="233"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="233"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="296"/>
        <location filename="../voting/projector.py" line="333"/>
        <source>C%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="297"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="297"/>
        <source>Mean</source>
        <translation>Gns.</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="297"/>
        <source>Rank by mean</source>
        <translation>Plads efter gns.</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="308"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="355"/>
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
        <location filename="../voting/panel.py" line="227"/>
        <source>Criteria are scored per person: use &quot;Per person&quot;.</source>
        <translation>Kriterier scores pr. person: brug »Pr. person«.</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="232"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="232"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="233"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="251"/>
        <source>count from hands</source>
        <translation>tæl fra hænderne</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="253"/>
        <source>People voting:</source>
        <translation>Antal der stemte:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="255"/>
        <source>Save count</source>
        <translation>Gem optælling</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="265"/>
        <source>Enter count</source>
        <translation>Indtast optælling</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../voting/panel.py" line="562"/>
        <source>New vote</source>
        <translation>Ny afstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="566"/>
        <location filename="../voting/panel.py" line="637"/>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="567"/>
        <source>Statement poll (Agree / Disagree / Don&apos;t know)</source>
        <translation>Udsagnsafstemning (Enig / Uenig / Ved ikke)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="568"/>
        <source>Criteria scoring (1–5)</source>
        <translation>Kriteriescoring (1–5)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="570"/>
        <source>on ideas</source>
        <translation>på idéer</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="571"/>
        <source>on themes</source>
        <translation>på temaer</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="578"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="581"/>
        <source>Anonymous (no names on ballots)</source>
        <translation>Anonym (ingen navne på stemmesedlerne)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="583"/>
        <location filename="../voting/panel.py" line="698"/>
        <source>Open vote</source>
        <translation>Åbn afstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="586"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="587"/>
        <source>Vote:</source>
        <translation>Stem:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="588"/>
        <source>Dots each:</source>
        <translation>Prikker pr. deltager:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="589"/>
        <source>Most dots on one:</source>
        <translation>Højst prikker på én:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="590"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="603"/>
        <location filename="../voting/panel.py" line="605"/>
        <source>Close vote</source>
        <translation>Luk afstemningen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="606"/>
        <location filename="../voting/panel.py" line="716"/>
        <source>Reveal results</source>
        <translation>Vis resultatet</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="609"/>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="611"/>
        <source>Reopen vote</source>
        <translation>Genåbn afstemningen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="637"/>
        <source>Statement poll</source>
        <translation>Udsagnsafstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="637"/>
        <source>Criteria scoring</source>
        <translation>Kriteriescoring</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="671"/>
        <source>Show of hands</source>
        <translation>Håndsoprækning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="671"/>
        <source>Per person (paper)</source>
        <translation>Pr. person (papir)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="672"/>
        <source>In turn at the laptop</source>
        <translation>På skift ved computeren</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="672"/>
        <location filename="../voting/panel.py" line="751"/>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="680"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="680"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="680"/>
        <source>Revealed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="752"/>
        <source>The phone page could not start: %1</source>
        <translation>Telefonsiden kunne ikke starte: %1</translation>
    </message>
</context>
</TS>
