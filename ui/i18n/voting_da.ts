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
    <message>
        <location filename="../voting/ballots.py" line="169"/>
        <source>%1 dot(s): %2</source>
        <translation>%1 prik(ker): %2</translation>
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
        <location filename="../voting/phones.py" line="68"/>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="74"/>
        <source>The network the phones are on (the room&apos;s Wi-Fi or your hotspot)</source>
        <translation>Det net, telefonerne er på (lokalets wi-fi eller dit hotspot)</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="77"/>
        <source>&amp;Network address:</source>
        <translation>&amp;Netadresse:</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="79"/>
        <source>Network address</source>
        <translation>Netadresse</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="82"/>
        <location filename="../voting/phones.py" line="128"/>
        <source>Open the workshop for phones</source>
        <translation>Åbn workshoppen for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="94"/>
        <source>QR code for the phones</source>
        <translation>QR-kode til telefonerne</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="126"/>
        <source>Close for phones</source>
        <translation>Luk for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="127"/>
        <source>Close the workshop for phones</source>
        <translation>Luk workshoppen for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="141"/>
        <source>Participants join from their phones on the room&apos;s network: open the workshop for them. One code for the whole workshop.</source>
        <translation>Deltagerne kommer med fra deres telefoner på lokalets net: åbn workshoppen for dem. Én kode til hele workshoppen.</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="80"/>
        <location filename="../voting/phones.py" line="126"/>
        <source>Open for phones</source>
        <translation>Åbn for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/phones.py" line="137"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/phones.py" line="138"/>
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
        <location filename="../voting/projector.py" line="134"/>
        <source>No vote selected</source>
        <extracomment>Enig, Uenig, Ved ikke: colour AND pattern (solid, diagonal hatch, dots).</extracomment>
        <translation>Ingen afstemning valgt</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="138"/>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="138"/>
        <source>Statement poll</source>
        <translation>Udsagnsafstemning</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="138"/>
        <source>Criteria scoring</source>
        <translation>Kriteriescoring</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="151"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n har stemt</numerusform>
            <numerusform>%n har stemt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="153"/>
        <source>%n not voting</source>
        <translation>
            <numerusform>%n stemmer ikke</numerusform>
            <numerusform>%n stemmer ikke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="183"/>
        <source>%n voted</source>
        <translation>
            <numerusform>%n har stemt</numerusform>
            <numerusform>%n har stemt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="187"/>
        <source>The vote is open</source>
        <translation>Afstemningen er åben</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="187"/>
        <source>The vote is closed – results follow</source>
        <translation>Afstemningen er lukket – resultatet kommer</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="194"/>
        <source>Scan the code, or go to</source>
        <translation>Scan koden, eller gå til</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="201"/>
        <source>and type the code</source>
        <translation>og skriv koden</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="252"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="252"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="252"/>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="315"/>
        <location filename="../voting/projector.py" line="352"/>
        <source>C%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="316"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="316"/>
        <source>Mean</source>
        <translation>Gns.</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="316"/>
        <source>Rank by mean</source>
        <translation>Plads efter gns.</translation>
    </message>
    <message>
        <location filename="../voting/projector.py" line="327"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="374"/>
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
        <location filename="../voting/panel.py" line="100"/>
        <source>New vote</source>
        <translation>Ny afstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="104"/>
        <location filename="../voting/panel.py" line="175"/>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="105"/>
        <source>Statement poll (Agree / Disagree / Don&apos;t know)</source>
        <translation>Udsagnsafstemning (Enig / Uenig / Ved ikke)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="106"/>
        <source>Criteria scoring (1–5)</source>
        <translation>Kriteriescoring (1–5)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="108"/>
        <source>on ideas</source>
        <translation>på idéer</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="109"/>
        <source>on themes</source>
        <translation>på temaer</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="116"/>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="119"/>
        <source>Anonymous (no names on ballots)</source>
        <translation>Anonym (ingen navne på stemmesedlerne)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="121"/>
        <location filename="../voting/panel.py" line="244"/>
        <source>Open vote</source>
        <translation>Åbn afstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="124"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="125"/>
        <source>Vote:</source>
        <translation>Stem:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="126"/>
        <source>Dots each:</source>
        <translation>Prikker pr. deltager:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="127"/>
        <source>Most dots on one:</source>
        <translation>Højst prikker på én:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="128"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="141"/>
        <location filename="../voting/panel.py" line="143"/>
        <source>Close vote</source>
        <translation>Luk afstemningen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="144"/>
        <location filename="../voting/panel.py" line="261"/>
        <source>Reveal results</source>
        <translation>Vis resultatet</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="147"/>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="149"/>
        <source>Reopen vote</source>
        <translation>Genåbn afstemningen</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="175"/>
        <source>Statement poll</source>
        <translation>Udsagnsafstemning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="175"/>
        <source>Criteria scoring</source>
        <translation>Kriteriescoring</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="218"/>
        <source>Show of hands</source>
        <translation>Håndsoprækning</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="218"/>
        <source>Per person (paper)</source>
        <translation>Pr. person (papir)</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="219"/>
        <source>In turn at the laptop</source>
        <translation>På skift ved computeren</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="299"/>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="302"/>
        <source>Open for phones</source>
        <translation>Åbn for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="336"/>
        <source>Close for phones</source>
        <translation>Luk for telefoner</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="227"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="227"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="227"/>
        <source>Revealed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <location filename="../voting/panel.py" line="299"/>
        <source>The phone page could not start: %1</source>
        <translation>Telefonsiden kunne ikke starte: %1</translation>
    </message>
</context>
</TS>
