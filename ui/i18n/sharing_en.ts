<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IdeaBankWindow</name>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="460"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="516"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="521"/>
        <source>Changed on two laptops at the same revision. The other version(s):</source>
        <translation>
            <numerusform>Changed on two laptops at the same revision. The other version:</numerusform>
            <numerusform>Changed on two laptops at the same revision. The other versions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/idea_bank.py" line="554"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../sharing/followup.py" line="184"/>
        <source>%n idea(s) in the bank</source>
        <translation>
            <numerusform>%n idea in the bank</numerusform>
            <numerusform>%n ideas in the bank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/followup.py" line="187"/>
        <source>%n idea(s) with a documented value</source>
        <translation>
            <numerusform>%n idea with a documented value</numerusform>
            <numerusform>%n ideas with a documented value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartSharing</name>
    <message numerus="yes">
        <location filename="../sharing/start.py" line="203"/>
        <source>%n row(s) deleted in the file were removed here too.</source>
        <translation>
            <numerusform>%n row deleted in the file was removed here too.</numerusform>
            <numerusform>%n rows deleted in the file were removed here too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopSharing</name>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="232"/>
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n page)</numerusform>
            <numerusform>(%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="239"/>
        <source>The file is saved. %n text(s) hold characters the PDF&apos;s fonts do not have; they print as boxes:</source>
        <translation>
            <numerusform>The file is saved. %n text holds characters the PDF&apos;s fonts do not have; they print as boxes:</numerusform>
            <numerusform>The file is saved. %n texts hold characters the PDF&apos;s fonts do not have; they print as boxes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="448"/>
        <source>Sent to the shared database at %1 with %n conflict(s)</source>
        <translation>
            <numerusform>Sent to the shared database at %1 with %n conflict</numerusform>
            <numerusform>Sent to the shared database at %1 with %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sharing/desk.py" line="473"/>
        <source>The workshop has been sent to the shared database with %n conflict(s).</source>
        <translation>
            <numerusform>The workshop has been sent to the shared database with %n conflict.</numerusform>
            <numerusform>The workshop has been sent to the shared database with %n conflicts.</numerusform>
        </translation>
    </message>
</context>
</TS>
