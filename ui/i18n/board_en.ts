<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <location filename="../board/view.py" line="529"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardWords</name>
    <message numerus="yes">
        <location filename="../board/items.py" line="713"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../board/items.py" line="710"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
</context>
</TS>
