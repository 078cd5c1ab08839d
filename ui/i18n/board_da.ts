<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BoardView</name>
    <message>
        <location filename="../board.py" line="611"/>
        <source>Delete note</source>
        <translation>Slet seddel</translation>
    </message>
    <message>
        <location filename="../board.py" line="611"/>
        <source>Delete %1 notes</source>
        <translation>Slet %1 sedler</translation>
    </message>
    <message>
        <location filename="../board.py" line="653"/>
        <source>Edit note</source>
        <translation>Ret seddel</translation>
    </message>
    <message>
        <location filename="../board.py" line="747"/>
        <source>Move note</source>
        <translation>Flyt seddel</translation>
    </message>
    <message>
        <location filename="../board.py" line="747"/>
        <source>Move %1 notes</source>
        <translation>Flyt %1 sedler</translation>
    </message>
    <message>
        <location filename="../board.py" line="761"/>
        <location filename="../board.py" line="779"/>
        <source>Add to theme</source>
        <translation>Læg i tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="764"/>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="764"/>
        <location filename="../board.py" line="895"/>
        <source>Title of the theme:</source>
        <translation>Temaets titel:</translation>
    </message>
    <message>
        <location filename="../board.py" line="773"/>
        <source>Make theme</source>
        <translation>Lav tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="793"/>
        <location filename="../board.py" line="949"/>
        <location filename="../board.py" line="950"/>
        <source>Take out of theme</source>
        <translation>Tag ud af tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="876"/>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <location filename="../board.py" line="888"/>
        <source>Move theme</source>
        <translation>Flyt tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="895"/>
        <location filename="../board.py" line="897"/>
        <source>Rename theme</source>
        <translation>Omdøb tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="900"/>
        <location filename="../board.py" line="963"/>
        <source>Dissolve theme</source>
        <translation>Opløs tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="905"/>
        <source>Set table group</source>
        <translation>Sæt bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="917"/>
        <source>Remove tag</source>
        <translation>Fjern mærke</translation>
    </message>
    <message>
        <location filename="../board.py" line="919"/>
        <source>Add tag</source>
        <translation>Tilføj mærke</translation>
    </message>
    <message>
        <location filename="../board.py" line="929"/>
        <source>Edit text</source>
        <translation>Ret teksten</translation>
    </message>
    <message>
        <location filename="../board.py" line="931"/>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="932"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="938"/>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <location filename="../board.py" line="953"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../board.py" line="959"/>
        <source>Rename theme…</source>
        <translation>Omdøb tema …</translation>
    </message>
    <message>
        <location filename="../board.py" line="960"/>
        <source>Select its notes</source>
        <translation>Markér dets sedler</translation>
    </message>
    <message>
        <location filename="../board.py" line="968"/>
        <source>Fit to view</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <location filename="../board.py" line="970"/>
        <source>Colour by table group</source>
        <translation>Farv efter bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="970"/>
        <source>Colour by tag</source>
        <translation>Farv efter mærke</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../capture.py" line="117"/>
        <source>Table group of the next notes (Ctrl+1…9, Ctrl+0 for none)</source>
        <translation>Bordgruppe for de næste sedler (Ctrl+1…9, Ctrl+0 for ingen)</translation>
    </message>
    <message>
        <location filename="../capture.py" line="118"/>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé, og tryk Enter</translation>
    </message>
    <message>
        <location filename="../capture.py" line="119"/>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <location filename="../capture.py" line="137"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../capture.py" line="153"/>
        <source>There is no table group %1.</source>
        <translation>Der er ingen bordgruppe %1.</translation>
    </message>
    <message>
        <location filename="../capture.py" line="191"/>
        <source>Add note</source>
        <translation>Tilføj seddel</translation>
    </message>
    <message>
        <location filename="../capture.py" line="197"/>
        <source>The note was not added.</source>
        <translation>Sedlen blev ikke tilføjet.</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <location filename="../board_items.py" line="645"/>
        <source>1 idea</source>
        <translation>1 idé</translation>
    </message>
    <message>
        <location filename="../board_items.py" line="646"/>
        <source>%1 ideas</source>
        <translation>%1 idéer</translation>
    </message>
</context>
</TS>
