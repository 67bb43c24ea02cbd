<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) and their activity? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n contact and their activity? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n contacts and their activity? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n contact deleted. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n contacts deleted. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingController</name>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
</TS>
