<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>heapboard-cli render: --step %1: %2 has %n step(s) (0 to %3)</source>
        <translation>
            <numerusform>heapboard-cli render: --step %1: %2 has %n step (0 to %3)</numerusform>
            <numerusform>heapboard-cli render: --step %1: %2 has %n steps (0 to %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeapChart</name>
    <message numerus="yes">
        <source>%1 over %n step(s); click or drag to move to a step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Heapboard ended without saving “%1”: %n step(s), autosaved %2.</source>
        <translation>
            <numerusform>Heapboard ended without saving “%1”: %n step, autosaved %2.</numerusform>
            <numerusform>Heapboard ended without saving “%1”: %n steps, autosaved %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message numerus="yes">
        <source>merged %1 from %n blocks</source>
        <translation>
            <numerusform>merged %1 from %n block</numerusform>
            <numerusform>merged %1 from %n blocks</numerusform>
        </translation>
    </message>
</context>
</TS>
