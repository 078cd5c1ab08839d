<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../plan/editor.py" line="404"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="405"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="406"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="407"/>
        <source>Criterion name</source>
        <translation>Kriteriets navn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="408"/>
        <source>Criterion description</source>
        <translation>Kriteriets beskrivelse</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="409"/>
        <source>Ideas are scored 1–5 on every criterion. A criterion ideas have been scored on cannot be removed.</source>
        <translation>Idéerne får 1–5 point på hvert kriterium. Et kriterium, der er givet point efter, kan ikke fjernes.</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="426"/>
        <source>Add criterion</source>
        <translation>Tilføj kriterium</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="427"/>
        <source>New criterion</source>
        <translation>Nyt kriterium</translation>
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <location filename="../plan/editor.py" line="287"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="288"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="288"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="288"/>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="289"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="289"/>
        <source>&amp;Timebox</source>
        <translation>&amp;Tidsramme</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="291"/>
        <source>Phase name</source>
        <translation>Fasens navn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="292"/>
        <source>Kind of phase</source>
        <translation>Fasens type</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="293"/>
        <source>Goal of the phase</source>
        <translation>Fasens mål</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="294"/>
        <source>Prompts, one per line</source>
        <translation>Spørgsmål, ét pr. linje</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="295"/>
        <source>One prompt per line</source>
        <translation>Ét spørgsmål pr. linje</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="296"/>
        <source>Timebox in minutes</source>
        <translation>Tidsramme i minutter</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="297"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="299"/>
        <source>Explore</source>
        <translation>Udforske</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="299"/>
        <source>Open up (ideas)</source>
        <translation>Åbne op (idéer)</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="299"/>
        <source>Narrow down</source>
        <translation>Indsnævre</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="300"/>
        <source>Decide</source>
        <translation>Beslutte</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="300"/>
        <source>Act</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="300"/>
        <source>Reflect</source>
        <translation>Reflektere</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="300"/>
        <source>Spread</source>
        <translation>Sprede</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="304"/>
        <source>The running phase cannot be removed: go to another phase first. Its changes show on the projector at once.</source>
        <translation>Fasen, der er i gang, kan ikke fjernes: gå til en anden fase først. Ændringer i den vises straks på projektoren.</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="311"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="313"/>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="334"/>
        <source>Add phase</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="335"/>
        <source>New phase</source>
        <translation>Ny fase</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../plan/editor.py" line="482"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="483"/>
        <source>Change the workshop&apos;s plan while preparing or while it runs. Every change can be undone with Ctrl+Z at the desk.</source>
        <translation>Ret workshoppens plan under forberedelsen eller undervejs. Alle ændringer kan fortrydes med Ctrl+Z ved skrivebordet.</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="485"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="485"/>
        <source>Statements</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="485"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="487"/>
        <source>Save as template…</source>
        <translation>Gem som skabelon…</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="488"/>
        <source>Save this plan as your own template for new workshops</source>
        <translation>Gem planen som din egen skabelon til nye workshopper</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="546"/>
        <source>Saved as the template “%1” in %2. New workshops can start from it.</source>
        <translation>Gemt som skabelonen »%1« i %2. Nye workshopper kan tage udgangspunkt i den.</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../plan/save.py" line="44"/>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="46"/>
        <source>The phases, prompts, timeboxes, statements and criteria become a template of your own, offered under New workshop beside the built-in ones.</source>
        <translation>Faserne, spørgsmålene, tidsrammerne, udsagnene og kriterierne bliver til din egen skabelon, som tilbydes under Ny workshop ved siden af de indbyggede.</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="50"/>
        <source>Template name</source>
        <translation>Skabelonens navn</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="54"/>
        <source>Template description</source>
        <translation>Skabelonens beskrivelse</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="55"/>
        <source>When does this plan fit? (optional)</source>
        <translation>Hvornår passer planen? (valgfrit)</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="56"/>
        <source>Replace a template with the same name</source>
        <translation>Erstat en skabelon med samme navn</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="58"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../plan/save.py" line="58"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
</context>
<context>
    <name>StatementsEditor</name>
    <message>
        <location filename="../plan/editor.py" line="358"/>
        <source>Statements</source>
        <translation>Udsagn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="359"/>
        <source>&amp;Statement</source>
        <translation>&amp;Udsagn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="360"/>
        <source>Statement text</source>
        <translation>Udsagnets tekst</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="361"/>
        <source>A statement that has been answered keeps its words; write a new one instead. Choose which statements a poll asks in the Votes tab.</source>
        <translation>Et udsagn, der er besvaret, beholder sin ordlyd; skriv et nyt i stedet. Vælg under Afstemninger, hvilke udsagn en afstemning spørger om.</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="377"/>
        <source>Add statement</source>
        <translation>Tilføj udsagn</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="378"/>
        <source>New statement</source>
        <translation>Nyt udsagn</translation>
    </message>
</context>
<context>
    <name>_PartEditor</name>
    <message>
        <location filename="../plan/editor.py" line="134"/>
        <source>Add</source>
        <extracomment>The operations of this editor (an undo keeps its operation&apos;s label).</extracomment>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="135"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="136"/>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="137"/>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="138"/>
        <source>Move earlier (Ctrl+Up)</source>
        <translation>Flyt tidligere (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="139"/>
        <source>Move later (Ctrl+Down)</source>
        <translation>Flyt senere (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="140"/>
        <source>Save changes</source>
        <translation>Gem ændringer</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="225"/>
        <source>Edit plan</source>
        <translation>Ret planen</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="234"/>
        <source>Remove from plan</source>
        <translation>Fjern fra planen</translation>
    </message>
    <message>
        <location filename="../plan/editor.py" line="240"/>
        <source>Reorder plan</source>
        <translation>Flyt i planen</translation>
    </message>
</context>
</TS>
