<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivationDialog</name>
    <message numerus="yes">
        <source>%n contact(s) are in the middle of this flow. Your changes apply to everyone who enters from now on; what should happen to those already in it?</source>
        <translation>
            <numerusform>%n contact is in the middle of this flow. Your changes apply to everyone who enters from now on; what should happen to them?</numerusform>
            <numerusform>%n contacts are in the middle of this flow. Your changes apply to everyone who enters from now on; what should happen to those already in it?</numerusform>
        </translation>
    </message>
</context>
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
    <name>FlowDocument</name>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Delete %n step</numerusform>
            <numerusform>Delete %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowErrorTexts</name>
    <message numerus="yes">
        <source>This automation is active, so it can only be saved without problems. Fix the %n problem(s) first: each step marked with a red “!” says what is wrong.</source>
        <translation>
            <numerusform>This automation is active, so it can only be saved without problems. Fix the problem first: the step marked with a red “!” says what is wrong.</numerusform>
            <numerusform>This automation is active, so it can only be saved without problems. Fix the %n problems first: each step marked with a red “!” says what is wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This automation has %n problem(s) and cannot be activated yet. Open it in the editor: each step marked with a red “!” says what to fix.</source>
        <translation>
            <numerusform>This automation has a problem and cannot be activated yet. Open it in the editor: the step marked with a red “!” says what to fix.</numerusform>
            <numerusform>This automation has %n problems and cannot be activated yet. Open it in the editor: each step marked with a red “!” says what to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRulesEditor</name>
    <message numerus="yes">
        <source>Saved; %n score(s) changed.</source>
        <translation>
            <numerusform>Saved; %n score changed.</numerusform>
            <numerusform>Saved; %n scores changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentBuilder</name>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contact matches</numerusform>
            <numerusform>%n contacts match</numerusform>
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
<context>
    <name>SmsCounter</name>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandingBox</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateTimings</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without buying</source>
        <translation>
            <numerusform>%n day without buying</numerusform>
            <numerusform>%n days without buying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the date</source>
        <translation>
            <numerusform>%n day before the date</numerusform>
            <numerusform>%n days before the date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceSummary</name>
    <message numerus="yes">
        <source>gets %n message(s)</source>
        <translation>
            <numerusform>gets %n message</numerusform>
            <numerusform>gets %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back</source>
        <translation>
            <numerusform>%n held back</numerusform>
            <numerusform>%n held back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>entered %n times; this is the last</source>
        <translation>
            <numerusform>entered %n time; this is the last</numerusform>
            <numerusform>entered %n times; this is the last</numerusform>
        </translation>
    </message>
</context>
</TS>
