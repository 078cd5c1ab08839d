<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NewWorkshopDialog</name>
    <message numerus="yes">
        <location filename="../start/new_workshop.py" line="283"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <location filename="../desk/people.py" line="305"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message numerus="yes">
        <location filename="../desk/phases.py" line="183"/>
        <source>Timebox: %n minute(s)</source>
        <translation>
            <numerusform>Timebox: %n minute</numerusform>
            <numerusform>Timebox: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message numerus="yes">
        <location filename="../desk/room.py" line="538"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="552"/>
        <source>Overview: all %n note(s) (small type)</source>
        <translation>
            <numerusform>Overview: the one note (small type)</numerusform>
            <numerusform>Overview: all %n notes (small type)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/room.py" line="559"/>
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
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
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
</context>
</TS>
