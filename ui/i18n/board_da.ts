<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BoardView</name>
    <message>
        <source>Delete note</source>
        <translation type="vanished">Slet seddel</translation>
    </message>
    <message>
        <source>Delete %1 notes</source>
        <translation type="vanished">Slet %1 sedler</translation>
    </message>
    <message>
        <location filename="../board/editing.py" line="109"/>
        <source>Edit note</source>
        <translation>Ret seddel</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="vanished">Flyt seddel</translation>
    </message>
    <message>
        <source>Move %1 notes</source>
        <translation type="vanished">Flyt %1 sedler</translation>
    </message>
    <message>
        <location filename="../board/drop.py" line="93"/>
        <source>Add to theme</source>
        <translation>Læg i tema</translation>
    </message>
    <message>
        <location filename="../board/drop.py" line="81"/>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <location filename="../board/drop.py" line="82"/>
        <location filename="../board/view.py" line="650"/>
        <source>Title of the theme:</source>
        <translation>Temaets titel:</translation>
    </message>
    <message>
        <location filename="../board/drop.py" line="88"/>
        <location filename="../board/keys.py" line="146"/>
        <location filename="../board/menus.py" line="55"/>
        <source>Make theme</source>
        <translation>Lav tema</translation>
    </message>
    <message>
        <location filename="../board/drop.py" line="104"/>
        <location filename="../board/keys.py" line="167"/>
        <location filename="../board/menus.py" line="61"/>
        <source>Take out of theme</source>
        <translation>Tag ud af tema</translation>
    </message>
    <message>
        <location filename="../board/view.py" line="631"/>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <location filename="../board/view.py" line="643"/>
        <source>Move theme</source>
        <translation>Flyt tema</translation>
    </message>
    <message>
        <location filename="../board/editing.py" line="99"/>
        <location filename="../board/view.py" line="650"/>
        <location filename="../board/view.py" line="652"/>
        <source>Rename theme</source>
        <translation>Omdøb tema</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="87"/>
        <location filename="../board/view.py" line="655"/>
        <source>Dissolve theme</source>
        <translation>Opløs tema</translation>
    </message>
    <message>
        <location filename="../board/view.py" line="144"/>
        <location filename="../board/view.py" line="738"/>
        <source>Idea board</source>
        <translation>Idétavle</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="176"/>
        <location filename="../board/view.py" line="573"/>
        <source>Reorder themes</source>
        <translation>Flyt tema i rækkefølgen</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="186"/>
        <source>Note %1: %2</source>
        <translation>Note %1: %2</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="188"/>
        <source>In theme %1</source>
        <translation>I temaet %1</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="188"/>
        <source>In no theme</source>
        <translation>Uden tema</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="190"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="192"/>
        <source>selected</source>
        <translation>valgt</translation>
    </message>
    <message>
        <location filename="../board/keys.py" line="160"/>
        <location filename="../board/view.py" line="583"/>
        <source>Move to theme</source>
        <translation>Flyt til tema</translation>
    </message>
    <message numerus="yes">
        <location filename="../board/view.py" line="529"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Slet note</numerusform>
            <numerusform>Slet %n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../board/view.py" line="583"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../board/view.py" line="660"/>
        <source>Set table group</source>
        <translation>Sæt bordgruppe</translation>
    </message>
    <message>
        <location filename="../board/view.py" line="669"/>
        <source>Remove tag</source>
        <translation>Fjern mærke</translation>
    </message>
    <message>
        <location filename="../board/view.py" line="671"/>
        <source>Add tag</source>
        <translation>Tilføj mærke</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="33"/>
        <source>Edit text</source>
        <translation>Ret teksten</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="35"/>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="37"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="46"/>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="58"/>
        <source>Move to theme…</source>
        <translation>Flyt til tema…</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="65"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="73"/>
        <source>Rename theme…</source>
        <translation>Omdøb tema …</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="75"/>
        <source>Select its notes</source>
        <translation>Markér dets sedler</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="79"/>
        <source>Earlier in the order</source>
        <translation>Tidligere i rækkefølgen</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="83"/>
        <source>Later in the order</source>
        <translation>Senere i rækkefølgen</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="93"/>
        <source>Fit to view</source>
        <translation>Vis hele tavlen</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="96"/>
        <source>Colour by table group</source>
        <translation>Farv efter bordgruppe</translation>
    </message>
    <message>
        <location filename="../board/menus.py" line="97"/>
        <source>Colour by tag</source>
        <translation>Farv efter mærke</translation>
    </message>
</context>
<context>
    <name>BoardWords</name>
    <message numerus="yes">
        <location filename="../board/items.py" line="710"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../board/items.py" line="713"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Flyt note</numerusform>
            <numerusform>Flyt %n noter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Table group of the next notes (Ctrl+1…9, Ctrl+0 for none)</source>
        <translation type="vanished">Bordgruppe for de næste sedler (Ctrl+1…9, Ctrl+0 for ingen)</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="81"/>
        <source>Table group of the next notes (Ctrl+1…9, Alt+0 for none)</source>
        <translation>Bordgruppe for de næste sedler (Ctrl+1…9, Alt+0 for ingen)</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="82"/>
        <source>Type an idea and press Enter</source>
        <translation>Skriv en idé, og tryk Enter</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="83"/>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="97"/>
        <source>No table group</source>
        <translation>Ingen bordgruppe</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="109"/>
        <source>Table group 1…9 for the next notes</source>
        <translation>Bordgruppe 1…9 til de næste sedler</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="110"/>
        <source>No table group for the next notes</source>
        <translation>Ingen bordgruppe til de næste sedler</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="111"/>
        <source>Add the typed idea as a note</source>
        <translation>Sæt den skrevne idé op som seddel</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="122"/>
        <source>There is no table group %1.</source>
        <translation>Der er ingen bordgruppe %1.</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="160"/>
        <source>Add note</source>
        <translation>Tilføj seddel</translation>
    </message>
    <message>
        <location filename="../board/capture.py" line="165"/>
        <source>The note was not added.</source>
        <translation>Sedlen blev ikke tilføjet.</translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <source>1 idea</source>
        <translation type="vanished">1 idé</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation type="vanished">%1 idéer</translation>
    </message>
</context>
</TS>
