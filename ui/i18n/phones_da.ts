<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../phones/merge.py" line="30"/>
        <source>Merge into an idea</source>
        <translation>Flet ind i en idé</translation>
    </message>
    <message>
        <location filename="../phones/merge.py" line="33"/>
        <source>Merge this idea from a phone into an idea on the board:</source>
        <translation>Flet denne idé fra en telefon ind i en idé på tavlen:</translation>
    </message>
    <message>
        <location filename="../phones/merge.py" line="37"/>
        <source>Find an idea by number or text</source>
        <translation>Find en idé efter nummer eller tekst</translation>
    </message>
    <message>
        <location filename="../phones/merge.py" line="38"/>
        <source>Find an idea</source>
        <translation>Find en idé</translation>
    </message>
    <message>
        <location filename="../phones/merge.py" line="42"/>
        <source>Ideas on the board</source>
        <translation>Idéer på tavlen</translation>
    </message>
    <message>
        <location filename="../phones/merge.py" line="52"/>
        <source>Merge</source>
        <translation>Flet ind</translation>
    </message>
</context>
<context>
    <name>PhoneDesk</name>
    <message>
        <location filename="../phones/desk.py" line="40"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location filename="../phones/desk.py" line="62"/>
        <source>&amp;Phone ideas</source>
        <translation>Telefon&amp;idéer</translation>
    </message>
    <message>
        <location filename="../phones/desk.py" line="63"/>
        <source>&amp;Open for ideas from phones</source>
        <translation>&amp;Åbn for idéer fra telefoner</translation>
    </message>
</context>
<context>
    <name>PhoneInbox</name>
    <message>
        <location filename="../phones/inbox.py" line="135"/>
        <source>&amp;Inbox</source>
        <extracomment>Changes that can alter what the page shows. Asks which board idea to merge into (replaced in tests: a dialog&apos;s exec blocks).</extracomment>
        <translation>&amp;Indbakke</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="136"/>
        <source>Inbox: ideas from phones</source>
        <translation>Indbakke: idéer fra telefoner</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="138"/>
        <source>Enter accepts the chosen ideas onto the board; Delete hides them.</source>
        <translation>Enter tager de valgte idéer på tavlen; Delete skjuler dem.</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="139"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="140"/>
        <source>Accept onto the board</source>
        <translation>Accepter på tavlen</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="141"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Flet ind i…</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="142"/>
        <source>Merge into an idea on the board</source>
        <translation>Flet ind i en idé på tavlen</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="143"/>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="144"/>
        <source>Hide from the inbox</source>
        <translation>Skjul fra indbakken</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="145"/>
        <source>No ideas are waiting. Ideas from phones come here when writing is open to the inbox.</source>
        <translation>Ingen idéer venter. Idéer fra telefoner kommer hertil, når der er åbnet for idéer til indbakken.</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="197"/>
        <source>no table group</source>
        <translation>ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="198"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="202"/>
        <source>%n idea(s) waiting</source>
        <translation>
            <numerusform>%n idé venter</numerusform>
            <numerusform>%n idéer venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="218"/>
        <source>Open for ideas from phones</source>
        <translation>Åbn for idéer fra telefoner</translation>
    </message>
    <message>
        <location filename="../phones/inbox.py" line="222"/>
        <source>Close for ideas from phones</source>
        <translation>Luk for idéer fra telefoner</translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="228"/>
        <source>Accept ideas from phones</source>
        <translation>
            <numerusform>Accepter idé fra telefon</numerusform>
            <numerusform>Accepter %n idéer fra telefoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="234"/>
        <source>Hide ideas from phones</source>
        <translation>
            <numerusform>Skjul idé fra telefon</numerusform>
            <numerusform>Skjul %n idéer fra telefoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="252"/>
        <source>Merge ideas from phones</source>
        <translation>
            <numerusform>Flet idé fra telefon ind</numerusform>
            <numerusform>Flet %n idéer fra telefoner ind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritingControls</name>
    <message>
        <location filename="../phones/writing.py" line="104"/>
        <source>Ideas from phones</source>
        <extracomment>Table-group check boxes per row.</extracomment>
        <translation>Idéer fra telefoner</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="105"/>
        <source>&amp;Phase:</source>
        <translation>Fas&amp;e:</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="106"/>
        <source>Phase the ideas are for</source>
        <translation>Fasen, idéerne hører til</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="107"/>
        <source>Ideas go:</source>
        <translation>Idéerne går:</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="108"/>
        <source>Straight onto the &amp;board</source>
        <translation>Direkte på &amp;tavlen</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="109"/>
        <source>Ideas go straight onto the board</source>
        <translation>Idéerne går direkte på tavlen</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="110"/>
        <source>To the &amp;inbox</source>
        <translation>Til i&amp;ndbakken</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="111"/>
        <source>Ideas go to the inbox</source>
        <translation>Idéerne går til indbakken</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="112"/>
        <source>Only these table groups (none ticked: every group):</source>
        <translation>Kun disse bordgrupper (ingen valgt: alle grupper):</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="117"/>
        <source>Close for ideas from phones</source>
        <translation>Luk for idéer fra telefoner</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="119"/>
        <source>Open for ideas from phones</source>
        <translation>Åbn for idéer fra telefoner</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="149"/>
        <source>Phones cannot write ideas now.</source>
        <translation>Telefonerne kan ikke skrive idéer nu.</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="151"/>
        <source>straight onto the board</source>
        <translation>direkte på tavlen</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="151"/>
        <source>to the inbox</source>
        <translation>til indbakken</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="152"/>
        <source>Phones can write ideas for the phase “%1”; they go %2.</source>
        <translation>Telefonerne kan skrive idéer til fasen »%1«; de går %2.</translation>
    </message>
    <message>
        <location filename="../phones/writing.py" line="155"/>
        <source>Open the workshop to phones so that they can join.</source>
        <translation>Åbn workshoppen for telefoner, så de kan komme med.</translation>
    </message>
</context>
</TS>
