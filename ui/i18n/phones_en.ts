<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PhoneInbox</name>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="244"/>
        <source>%n idea(s) waiting</source>
        <translation>
            <numerusform>%n idea waiting</numerusform>
            <numerusform>%n ideas waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="270"/>
        <source>Accept ideas from phones</source>
        <translation>
            <numerusform>Accept idea from phone</numerusform>
            <numerusform>Accept ideas from phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="276"/>
        <source>Hide ideas from phones</source>
        <translation>
            <numerusform>Hide idea from phone</numerusform>
            <numerusform>Hide ideas from phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../phones/inbox.py" line="294"/>
        <source>Merge ideas from phones</source>
        <translation>
            <numerusform>Merge idea from phone</numerusform>
            <numerusform>Merge ideas from phones</numerusform>
        </translation>
    </message>
</context>
</TS>
