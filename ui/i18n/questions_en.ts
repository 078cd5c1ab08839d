<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FunnelProjection</name>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="343"/>
        <source>%n more in the running</source>
        <translation>
            <numerusform>%n more in the running</numerusform>
            <numerusform>%n more in the running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="344"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n discarded</numerusform>
            <numerusform>%n discarded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionFunnel</name>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="209"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="210"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n discarded</numerusform>
            <numerusform>%n discarded</numerusform>
        </translation>
    </message>
</context>
</TS>
