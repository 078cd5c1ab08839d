<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CatalystDeck</name>
    <message>
        <location filename="../deck/deck.py" line="126"/>
        <source>&amp;Catalyst</source>
        <translation>&amp;Katalysator</translation>
    </message>
    <message>
        <location filename="../deck/deck.py" line="127"/>
        <location filename="../deck/deck.py" line="159"/>
        <source>Draw a card</source>
        <translation>Træk et kort</translation>
    </message>
    <message>
        <location filename="../deck/deck.py" line="128"/>
        <source>Draw a card at random and show it on the projector</source>
        <translation>Træk et tilfældigt kort og vis det på projektoren</translation>
    </message>
    <message>
        <location filename="../deck/deck.py" line="129"/>
        <source>Choose a card</source>
        <translation>Vælg et kort</translation>
    </message>
    <message>
        <location filename="../deck/deck.py" line="130"/>
        <source>Take the card down</source>
        <translation>Tag kortet ned</translation>
    </message>
</context>
<context>
    <name>DeckCardView</name>
    <message>
        <location filename="../deck/deck.py" line="90"/>
        <source>THE CATALYST&apos;S CARD</source>
        <translation>KATALYSATORENS KORT</translation>
    </message>
</context>
<context>
    <name>FunnelProjection</name>
    <message>
        <location filename="../questions/funnel.py" line="326"/>
        <source>The hunt for the good innovation question</source>
        <translation>Jagten på det gode innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="338"/>
        <source>No questions yet.</source>
        <translation>Endnu ingen spørgsmål.</translation>
    </message>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="343"/>
        <source>%n more in the running</source>
        <translation>
            <numerusform>%n mere med i løbet</numerusform>
            <numerusform>%n mere med i løbet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="344"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n kasseret</numerusform>
            <numerusform>%n kasseret</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionFunnel</name>
    <message>
        <location filename="../questions/funnel.py" line="139"/>
        <source>Question funnel</source>
        <extracomment>Discarded questions: grey, but readable (5.6:1 on white). How many candidates the projector lists (the best first); the rest are counted.</extracomment>
        <translation>Spørgsmålstragten</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="143"/>
        <source>The hunt for the good innovation question</source>
        <translation>Jagten på det gode innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="145"/>
        <source>Marks of a good question:</source>
        <translation>Kendetegn ved et godt spørgsmål:</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="146"/>
        <source>Score each question %1–%2 on each mark, as the room agrees; discard most of them (they stay in the list) and choose one.</source>
        <translation>Giv hvert spørgsmål %1–%2 for hvert kendetegn, som rummet bliver enigt om; kassér de fleste (de bliver stående på listen), og vælg ét.</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="149"/>
        <source>Write a possible innovation question …</source>
        <translation>Skriv et muligt innovationsspørgsmål …</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="150"/>
        <source>New candidate question</source>
        <translation>Nyt muligt innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="151"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="152"/>
        <source>Add the question</source>
        <translation>Tilføj spørgsmålet</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="153"/>
        <source>Choose as the innovation question</source>
        <translation>Vælg som innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="154"/>
        <source>Show on projector</source>
        <translation>Vis på projektoren</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="155"/>
        <source>Candidate questions</source>
        <translation>Mulige innovationsspørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="157"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="157"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="158"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="158"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="163"/>
        <source>Mark of a good question: %1</source>
        <translation>Kendetegn ved et godt spørgsmål: %1</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="178"/>
        <source>chosen</source>
        <translation>valgt</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="180"/>
        <source>discarded</source>
        <translation>kasseret</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="181"/>
        <source>in the running</source>
        <translation>med i løbet</translation>
    </message>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="209"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n spørgsmål</numerusform>
            <numerusform>%n spørgsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../questions/funnel.py" line="210"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n kasseret</numerusform>
            <numerusform>%n kasseret</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="230"/>
        <source>Sent from a phone</source>
        <translation>Sendt fra en telefon</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="240"/>
        <source>Question %1: %2</source>
        <translation>Spørgsmål %1: %2</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="260"/>
        <source>Take back</source>
        <translation>Tag tilbage</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="260"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="267"/>
        <source>Add question</source>
        <translation>Tilføj spørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="279"/>
        <source>Score question</source>
        <translation>Vurdér spørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="287"/>
        <source>Take question back</source>
        <translation>Tag spørgsmål tilbage</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="289"/>
        <source>Discard question</source>
        <translation>Kassér spørgsmål</translation>
    </message>
    <message>
        <location filename="../questions/funnel.py" line="294"/>
        <source>Choose innovation question</source>
        <translation>Vælg innovationsspørgsmål</translation>
    </message>
</context>
</TS>
