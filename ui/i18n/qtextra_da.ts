<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Qt's qtbase_da.qm does not translate (yet): its file dialog
     words "&Look in:" and "Files of &type:" so since Qt 6.x, and the Danish catalogue
     still has the older "Look in:" and "Files of type:". Written by hand (lupdate does
     not see Qt's sources); compile with pyside6-lrelease. tests/ui/test_i18n.py opens
     Qt's file dialog in both languages. -->
<TS version="2.1" language="da_DK">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
</TS>
