<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BoardView</name>
    <message>
        <location filename="../board.py" line="524"/>
        <source>Delete note</source>
        <translation>Slet seddel</translation>
    </message>
    <message>
        <location filename="../board.py" line="524"/>
        <source>Delete %1 notes</source>
        <translation>Slet %1 sedler</translation>
    </message>
    <message>
        <location filename="../board.py" line="566"/>
        <source>Edit note</source>
        <translation>Ret seddel</translation>
    </message>
    <message>
        <location filename="../board.py" line="660"/>
        <source>Move note</source>
        <translation>Flyt seddel</translation>
    </message>
    <message>
        <location filename="../board.py" line="660"/>
        <source>Move %1 notes</source>
        <translation>Flyt %1 sedler</translation>
    </message>
    <message>
        <location filename="../board.py" line="664"/>
        <location filename="../board.py" line="682"/>
        <source>Add to theme</source>
        <translation>Læg i tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="667"/>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="667"/>
        <location filename="../board.py" line="771"/>
        <source>Title of the theme:</source>
        <translation>Temaets titel:</translation>
    </message>
    <message>
        <location filename="../board.py" line="676"/>
        <source>Make theme</source>
        <translation>Lav tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="696"/>
        <location filename="../board.py" line="825"/>
        <location filename="../board.py" line="826"/>
        <source>Take out of theme</source>
        <translation>Tag ud af tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="752"/>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <location filename="../board.py" line="764"/>
        <source>Move theme</source>
        <translation>Flyt tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="771"/>
        <location filename="../board.py" line="773"/>
        <source>Rename theme</source>
        <translation>Omdøb tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="776"/>
        <location filename="../board.py" line="839"/>
        <source>Dissolve theme</source>
        <translation>Opløs tema</translation>
    </message>
    <message>
        <location filename="../board.py" line="781"/>
        <source>Set table group</source>
        <translation>Sæt bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="793"/>
        <source>Remove tag</source>
        <translation>Fjern mærke</translation>
    </message>
    <message>
        <location filename="../board.py" line="795"/>
        <source>Add tag</source>
        <translation>Tilføj mærke</translation>
    </message>
    <message>
        <location filename="../board.py" line="805"/>
        <source>Edit text</source>
        <translation>Ret teksten</translation>
    </message>
    <message>
        <location filename="../board.py" line="807"/>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="808"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="814"/>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <location filename="../board.py" line="829"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../board.py" line="835"/>
        <source>Rename theme…</source>
        <translation>Omdøb tema …</translation>
    </message>
    <message>
        <location filename="../board.py" line="836"/>
        <source>Select its notes</source>
        <translation>Markér dets sedler</translation>
    </message>
    <message>
        <location filename="../board.py" line="844"/>
        <source>Fit to view</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <location filename="../board.py" line="846"/>
        <source>Colour by table group</source>
        <translation>Farv efter bordgruppe</translation>
    </message>
    <message>
        <location filename="../board.py" line="846"/>
        <source>Colour by tag</source>
        <translation>Farv efter mærke</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../capture.py" line="84"/>
        <source>Table group of the next notes (Ctrl+1…9, Ctrl+0 for none)</source>
        <translation>Bordgruppe for de næste sedler (Ctrl+1…9, Ctrl+0 for ingen)</translation>
    </message>
    <message>
        <location filename="../capture.py" line="88"/>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé, og tryk Enter</translation>
    </message>
    <message>
        <location filename="../capture.py" line="90"/>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <location filename="../capture.py" line="128"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../capture.py" line="144"/>
        <source>There is no table group %1.</source>
        <translation>Der er ingen bordgruppe %1.</translation>
    </message>
    <message>
        <location filename="../capture.py" line="182"/>
        <source>Add note</source>
        <translation>Tilføj seddel</translation>
    </message>
    <message>
        <location filename="../capture.py" line="188"/>
        <source>The note was not added.</source>
        <translation>Sedlen blev ikke tilføjet.</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <location filename="../board_items.py" line="596"/>
        <source>1 idea</source>
        <translation>1 idé</translation>
    </message>
    <message>
        <location filename="../board_items.py" line="597"/>
        <source>%1 ideas</source>
        <translation>%1 idéer</translation>
    </message>
</context>
</TS>
