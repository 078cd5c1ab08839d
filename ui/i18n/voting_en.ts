<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BallotForm</name>
    <message numerus="yes">
        <location filename="../voting/ballots.py" line="169"/>
        <source>%n dot(s): %1</source>
        <translation>
            <numerusform>%n dot: %1</numerusform>
            <numerusform>%n dots: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message numerus="yes">
        <location filename="../voting/phones.py" line="190"/>
        <source>%n voted</source>
        <translation>
            <numerusform>%n voted</numerusform>
            <numerusform>%n voted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="203"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="205"/>
        <source>%n not voting</source>
        <translation>
            <numerusform>%n not voting</numerusform>
            <numerusform>%n not voting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="240"/>
        <source>%n voted</source>
        <translation>
            <numerusform>%n voted</numerusform>
            <numerusform>%n voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../voting/projector.py" line="451"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
