<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Autosave</name>
    <message>
        <source>cannot make the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>BlockActions</name>
    <message>
        <source>Rea&amp;lloc…</source>
        <translation>Rea&amp;lloc…</translation>
    </message>
    <message>
        <source>Free &amp;Address…</source>
        <translation>&amp;Adresse freigeben…</translation>
    </message>
    <message>
        <source>Resize the selected block: realloc(p, n) grows or shrinks it in place, or moves it</source>
        <translation>Den ausgewählten Block in der Größe ändern: realloc(p, n) vergrößert oder verkleinert ihn an Ort und Stelle oder verschiebt ihn</translation>
    </message>
    <message>
        <source>free(p) of any address or handle, to show an invalid pointer or a double free</source>
        <translation>free(p) für eine beliebige Adresse oder ein Handle, um einen ungültigen Zeiger oder eine doppelte Freigabe zu zeigen</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Locked while presenting</source>
        <translation>Beim Präsentieren gesperrt</translation>
    </message>
    <message>
        <source>The %1 policy decides where the block goes, not the click</source>
        <translation>Die Strategie %1 entscheidet, wohin der Block kommt, nicht der Klick</translation>
    </message>
    <message>
        <source>&amp;Malloc Here…</source>
        <translation>&amp;Malloc hier…</translation>
    </message>
    <message>
        <source>&amp;Copy Address (%1)</source>
        <translation>Adresse &amp;kopieren (%1)</translation>
    </message>
    <message>
        <source>&amp;Free</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Realloc…</source>
        <translation>&amp;Realloc…</translation>
    </message>
    <message>
        <source>Re&amp;name Handle…</source>
        <translation>Handle &amp;umbenennen…</translation>
    </message>
    <message>
        <source>No handle names this block</source>
        <translation>Kein Handle bezeichnet diesen Block</translation>
    </message>
    <message>
        <source>Copied the address %1.</source>
        <translation>Adresse %1 kopiert.</translation>
    </message>
    <message>
        <source>Realloc: select a used block first (Up and Down move the selection; a right click selects a block and opens its menu).</source>
        <translation>Realloc: Wählen Sie zuerst einen belegten Block aus (die Pfeiltasten auf und ab verschieben die Auswahl; ein Rechtsklick wählt einen Block aus und öffnet sein Menü).</translation>
    </message>
    <message>
        <source>Realloc: %1 is not the start of a used block.</source>
        <translation>Realloc: %1 ist nicht der Anfang eines belegten Blocks.</translation>
    </message>
    <message>
        <source>Realloc</source>
        <translation>Realloc</translation>
    </message>
    <message>
        <source>realloc(%1, n): %2 at %3. It shrinks or grows the block in place when it can, and moves it otherwise; the block it returns gets the name below.</source>
        <translation>realloc(%1, n): %2 bei %3. Der Block wird an Ort und Stelle verkleinert oder vergrößert, wenn das geht, und sonst verschoben; der zurückgegebene Block erhält den Namen unten.</translation>
    </message>
    <message>
        <source>New &amp;size:</source>
        <translation>Neue &amp;Größe:</translation>
    </message>
    <message>
        <source>Result &amp;name:</source>
        <translation>&amp;Name des Ergebnisses:</translation>
    </message>
    <message>
        <source>New size</source>
        <translation>Neue Größe</translation>
    </message>
    <message>
        <source>realloc to 0 frees the block: use Free for that, or type at least 1.</source>
        <translation>realloc auf 0 gibt den Block frei: Verwenden Sie dafür „Freigeben“, oder geben Sie mindestens 1 ein.</translation>
    </message>
    <message>
        <source>Result name</source>
        <translation>Name des Ergebnisses</translation>
    </message>
    <message>
        <source>The same size: nothing changes (still a step).</source>
        <translation>Dieselbe Größe: Nichts ändert sich (es ist trotzdem ein Schritt).</translation>
    </message>
    <message>
        <source>Shrinks in place; the last %1 become free.</source>
        <translation>Wird an Ort und Stelle verkleinert; die letzten %1 werden frei.</translation>
    </message>
    <message>
        <source>Grows in place into the free block after it.</source>
        <translation>Wird an Ort und Stelle in den folgenden freien Block hinein vergrößert.</translation>
    </message>
    <message>
        <source>Cannot grow in place: moves to %1 (%2), and the old block is freed.</source>
        <translation>Kann nicht an Ort und Stelle wachsen: wird nach %1 (%2) verschoben, und der alte Block wird freigegeben.</translation>
    </message>
    <message>
        <source>Fails, out of memory: no free block holds %1 (the largest is %2); the block stays.</source>
        <translation>Schlägt fehl, Speicher erschöpft: Kein freier Block fasst %1 (der größte hat %2); der Block bleibt, wo er ist.</translation>
    </message>
    <message>
        <source>Malloc Here</source>
        <translation>Malloc hier</translation>
    </message>
    <message>
        <source>malloc(n) under %1: the policy decides where the block goes, not where you clicked. The block is named %2.</source>
        <translation>malloc(n) mit %1: Die Strategie entscheidet, wohin der Block kommt, nicht die Stelle, auf die Sie geklickt haben. Der Block heißt %2.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>malloc(0) is an invalid size; type at least 1.</source>
        <translation>malloc(0) ist eine ungültige Größe; geben Sie mindestens 1 ein.</translation>
    </message>
    <message>
        <source>Fails, out of memory: %1.</source>
        <translation>Schlägt fehl, Speicher erschöpft: %1.</translation>
    </message>
    <message>
        <source>Free Address</source>
        <translation>Adresse freigeben</translation>
    </message>
    <message>
        <source>free(p) of any address, or of a handle. Only the start of a used block can be freed: anything else fails (invalid pointer; a handle freed before: double free) and changes nothing, which is worth seeing.</source>
        <translation>free(p) für eine beliebige Adresse oder ein Handle. Nur der Anfang eines belegten Blocks kann freigegeben werden: Alles andere schlägt fehl (ungültiger Zeiger; ein schon freigegebenes Handle: doppelte Freigabe) und ändert nichts – was sehenswert ist.</translation>
    </message>
    <message>
        <source>&amp;Address or handle:</source>
        <translation>&amp;Adresse oder Handle:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>free %1: frees the block %1 names, or fails if it names none now.</source>
        <translation>free %1: gibt den Block frei, den %1 bezeichnet, oder schlägt fehl, wenn es gerade keinen bezeichnet.</translation>
    </message>
    <message>
        <source>Frees the %1 block at %2.</source>
        <translation>Gibt den Block %1 bei %2 frei.</translation>
    </message>
    <message>
        <source>Fails: %1 is not the start of a used block (invalid pointer).</source>
        <translation>Schlägt fehl: %1 ist nicht der Anfang eines belegten Blocks (ungültiger Zeiger).</translation>
    </message>
    <message>
        <source>Rename Handle: no handle names the block at %1.</source>
        <translation>Handle umbenennen: Kein Handle bezeichnet den Block bei %1.</translation>
    </message>
    <message>
        <source>Rename Handle</source>
        <translation>Handle umbenennen</translation>
    </message>
    <message>
        <source>Rename %1 in every statement that uses it; its blocks keep their colors. Undo brings the old name back.</source>
        <translation>%1 in jeder Anweisung umbenennen, die es verwendet; seine Blöcke behalten ihre Farben. Rückgängig stellt den alten Namen wieder her.</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>New name: %1 is its name already.</source>
        <translation>Neuer Name: %1 ist bereits sein Name.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Step %1 will read: %2</source>
        <translation>Schritt %1 lautet dann: %2</translation>
    </message>
    <message>
        <source>%1 statements change; step %2 will read: %3</source>
        <translation>%1 Anweisungen ändern sich; Schritt %2 lautet dann: %3</translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Zeiger</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Verschnitt</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>The heap&apos;s statistics over time, under the heap (C)</source>
        <translation>Die Kennzahlen des Heaps über die Zeit, unter dem Heap (C)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Live bytes</source>
        <translation>Belegte Bytes</translation>
    </message>
    <message>
        <source>Free bytes</source>
        <translation>Freie Bytes</translation>
    </message>
    <message>
        <source>Largest free block</source>
        <translation>Größter freier Block</translation>
    </message>
    <message>
        <source>External fragmentation</source>
        <translation>Externe Fragmentierung</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>Freie Blöcke</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Step %1: live %2 · free %3 · largest free %4 · fragmentation %5 · %6 free blocks</source>
        <translation>Schritt %1: belegt %2 · frei %3 · größter freier Block %4 · Fragmentierung %5 · %6 freie Blöcke</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Heap size in bytes, 1 to 2^62; K/M/G suffixes (default: %1).</source>
        <translation>Heap-Größe in Byte, 1 bis 2^62; Suffixe K/M/G (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>--heap-size &apos;%1&apos; is not a size from 1 to 2^62 bytes</source>
        <translation>--heap-size &apos;%1&apos; ist keine Größe von 1 bis 2^62 Byte</translation>
    </message>
    <message>
        <source>--heap-size must be at least 1 byte</source>
        <translation>--heap-size muss mindestens 1 Byte sein</translation>
    </message>
    <message>
        <source>heapboard-cli: cannot write the output</source>
        <translation>heapboard-cli: die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Replay a malloclab trace (.rep) or a scenario (.heap) and print JSON Lines.</source>
        <translation>Einen malloclab-Trace (.rep) oder ein Szenario (.heap) abspielen und als JSON Lines ausgeben.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The trace or scenario to replay.</source>
        <translation>Der abzuspielende Trace oder das abzuspielende Szenario.</translation>
    </message>
    <message>
        <source>4294967296 for a trace, a scenario&apos;s own</source>
        <translation>4294967296 für einen Trace, die eigene eines Szenarios</translation>
    </message>
    <message>
        <source>first-fit, or a scenario&apos;s own</source>
        <translation>first-fit, oder die eigene eines Szenarios</translation>
    </message>
    <message>
        <source>Print the free and used blocks after every operation.</source>
        <translation>Nach jeder Operation die freien und belegten Blöcke ausgeben.</translation>
    </message>
    <message>
        <source>expected one FILE, got %1 (see --help)</source>
        <translation>eine DATEI erwartet, %1 erhalten (siehe --help)</translation>
    </message>
    <message>
        <source>Run every expect line of each scenario.</source>
        <translation>Jede expect-Zeile jedes Szenarios prüfen.</translation>
    </message>
    <message>
        <source>Scenarios (.heap) to check.</source>
        <translation>Die zu prüfenden Szenarien (.heap).</translation>
    </message>
    <message>
        <source>heapboard-cli check: expected at least one FILE (see --help)</source>
        <translation>heapboard-cli check: mindestens eine DATEI erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>%1: a malloclab trace, not a scenario: it has no expect lines</source>
        <translation>%1: ein malloclab-Trace, kein Szenario: Er hat keine expect-Zeilen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 expect lines hold</source>
        <translation>%1: %2 von %3 expect-Zeilen erfüllt</translation>
    </message>
    <message>
        <source>Draw a trace (.rep) or scenario (.heap) after one of its steps
to a PNG, SVG or PDF file, without a display.</source>
        <translation>Einen Trace (.rep) oder ein Szenario (.heap) nach einem seiner Schritte
ohne Bildschirm in eine PNG-, SVG- oder PDF-Datei zeichnen.</translation>
    </message>
    <message>
        <source>The trace or scenario to draw.</source>
        <translation>Der zu zeichnende Trace oder das zu zeichnende Szenario.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Draw the heap after N operations (0: empty; default: all).</source>
        <translation>Den Heap nach N Operationen zeichnen (0: leer; Vorgabe: alle).</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1920x1080).</source>
        <translation>Bildgröße in Pixeln (Vorgabe 1920x1080).</translation>
    </message>
    <message>
        <source>Colors: %1 (default light).</source>
        <translation>Farben: %1 (Vorgabe light).</translation>
    </message>
    <message>
        <source>Put the legend (free, used, changed) in the bottom right corner.</source>
        <translation>Die Legende (frei, belegt, geändert) in die rechte untere Ecke setzen.</translation>
    </message>
    <message>
        <source>a scenario&apos;s own; for a trace the smallest power of two that holds it</source>
        <translation>die eigene eines Szenarios; für einen Trace die kleinste Zweierpotenz, die ihn fasst</translation>
    </message>
    <message>
        <source>--step &apos;%1&apos; is not a step number (0, 1, 2, ...)</source>
        <translation>--step &apos;%1&apos; ist keine Schrittnummer (0, 1, 2, …)</translation>
    </message>
    <message>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT, for example 1920x1080</source>
        <translation>--size &apos;%1&apos; hat nicht die Form BREITExHÖHE, zum Beispiel 1920x1080</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (%2)</source>
        <translation>unbekanntes Farbschema &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>missing -o OUT.png|OUT.svg|OUT.pdf</source>
        <translation>-o AUSGABE.png|AUSGABE.svg|AUSGABE.pdf fehlt</translation>
    </message>
    <message>
        <source>%1: unknown output type &apos;.%2&apos; (use .png, .svg or .pdf)</source>
        <translation>%1: unbekannter Ausgabetyp &apos;.%2&apos; (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message numerus="yes">
        <source>heapboard-cli render: --step %1: %2 has %n step(s) (0 to %3)</source>
        <translation>
            <numerusform>heapboard-cli render: --step %1: %2 hat %n Schritt (0 bis %3)</numerusform>
            <numerusform>heapboard-cli render: --step %1: %2 hat %n Schritte (0 bis %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>heapboard-cli: no command given
</source>
        <translation>heapboard-cli: kein Befehl angegeben
</translation>
    </message>
    <message>
        <source>heapboard-cli: unknown command &apos;%1&apos;
</source>
        <translation>heapboard-cli: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Leave out the title, step, narration and figures.</source>
        <translation>Titel, Schritt, Erläuterung und Kennzahlen weglassen.</translation>
    </message>
    <message>
        <source>Address of the heap&apos;s first byte (default 0).</source>
        <translation>Adresse des ersten Bytes des Heaps (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Header bytes in front of each used block (default 0).</source>
        <translation>Header-Bytes vor jedem belegten Block (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Round requests up to a multiple of N (default: none).</source>
        <translation>Anforderungen auf ein Vielfaches von N aufrunden (Vorgabe: keine Ausrichtung).</translation>
    </message>
    <message>
        <source>Never split off a free block smaller than N bytes (default: none).</source>
        <translation>Nie einen freien Block kleiner als N Byte abspalten (Vorgabe: keine Mindestgröße).</translation>
    </message>
    <message>
        <source>Free-list order: address, size-ascending, size-descending, insert-front, insert-back (default: address).</source>
        <translation>Reihenfolge der Freiliste: address, size-ascending, size-descending, insert-front, insert-back (Vorgabe: address).</translation>
    </message>
    <message>
        <source>When free blocks merge: neighbours, none, list-pass, deferred (default: neighbours).</source>
        <translation>Wann freie Blöcke verschmelzen: neighbours, none, list-pass, deferred (Vorgabe: neighbours).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a size (digits with an optional K, M or G)</source>
        <translation>--%1 &apos;%2&apos; ist keine Größe (Ziffern mit optionalem K, M oder G)</translation>
    </message>
    <message>
        <source>Turn a heapboard-record recording (.hrec) into a malloclab trace (.rep).</source>
        <translation>Eine Aufzeichnung von heapboard-record (.hrec) in einen malloclab-Trace (.rep) umwandeln.</translation>
    </message>
    <message>
        <source>The recording to convert.</source>
        <translation>Die umzuwandelnde Aufzeichnung.</translation>
    </message>
    <message>
        <source>The trace to write.</source>
        <translation>Der zu schreibende Trace.</translation>
    </message>
    <message>
        <source>heapboard-cli convert: cannot write %1: %2</source>
        <translation>heapboard-cli convert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>missing -o OUT.rep</source>
        <translation>-o AUSGABE.rep fehlt</translation>
    </message>
    <message>
        <source>%1: not a heapboard-record recording (.hrec)</source>
        <translation>%1: keine Aufzeichnung von heapboard-record (.hrec)</translation>
    </message>
    <message>
        <source>When nothing fits, grow the heap at its top by the block rounded up to N bytes (default: never grow; needs --max-heap).</source>
        <translation>Wenn nichts passt, den Heap oben um den auf N Byte aufgerundeten Block vergrößern (Standard: nie wachsen; braucht --max-heap).</translation>
    </message>
    <message>
        <source>The largest size a growing heap reaches.</source>
        <translation>Die größte Größe, die ein wachsender Heap erreicht.</translation>
    </message>
    <message>
        <source>Draw the chart over time (live and free bytes, largest free block,
fragmentation, free blocks after every step) instead of the heap;
--step marks a step on it.</source>
        <translation>Statt des Heaps das Diagramm über die Zeit zeichnen (belegte und freie Bytes,
größter freier Block, Fragmentierung, freie Blöcke nach jedem Schritt);
--step markiert darin einen Schritt.</translation>
    </message>
    <message>
        <source>Usage: heapboard-cli COMMAND [options]

Commands:
  replay FILE [--heap-size N] [--policy NAME] [SETTINGS] [--states]
      Replay a malloclab trace or a scenario and print one JSON object
      per operation.
  check FILE...
      Run every expect line of each scenario (.heap); exit 1 naming
      each one that fails.
  render FILE [--step N] [--size WxH] [--theme NAME] -o OUT.png|.svg|.pdf
      Draw the heap of a trace or scenario after step N (default: the
      last; 0: the empty heap), 1920x1080 by default, without a display.
      --no-caption leaves out the title, step, narration and figures;
      --chart draws the chart over time instead, with step N marked;
      --heap-size, --policy and SETTINGS work as for replay.
  ostep [malloc.py options] [--scenario OUT.heap]
      Print exactly what OSTEP&apos;s free-space homework, malloc.py, prints
      for the same options (-s, -S, -b, -H, -a, -p, -l, -C, -n, -r, -P,
      -A, -c); --scenario also writes the workload as a scenario.
  compare FILE [--policies LIST] [--heap-size N] [SETTINGS] [--json]
      Run a trace or scenario under each policy (default: all four) and
      print one summary row each: failed allocations, peak and final
      fragmentation, largest free block, high-water mark, mean blocks
      searched per malloc, steps.
  stats FILE [--policy NAME] [--every N] [--csv] [--heap-size N] [SETTINGS]
      Print live bytes, free bytes, largest free block, fragmentation,
      free blocks and heap size after every N-th step and the last.
  convert FILE.hrec -o OUT.rep
      Turn a heapboard-record recording into a malloclab trace; replay,
      render and the window open recordings directly.

SETTINGS (docs/settings.md): --base ADDR, --header N, --align N,
  --min-block N, --order NAME, --coalesce NAME, --grow N, --max-heap N.

Options:
  -h, --help     Show this help (COMMAND --help for a command&apos;s options).
  -v, --version  Show the version.
</source>
        <translation>Aufruf: heapboard-cli BEFEHL [Optionen]

Befehle:
  replay DATEI [--heap-size N] [--policy NAME] [EINSTELLUNGEN] [--states]
      Einen malloclab-Trace oder ein Szenario abspielen und je Operation
      ein JSON-Objekt ausgeben.
  check DATEI...
      Jede expect-Zeile jedes Szenarios (.heap) prüfen; Exit-Status 1,
      wobei jede nicht erfüllte Zeile genannt wird.
  render DATEI [--step N] [--size BxH] [--theme NAME] -o AUSGABE.png|.svg|.pdf
      Den Heap eines Traces oder Szenarios nach Schritt N zeichnen (Vorgabe:
      der letzte; 0: der leere Heap), standardmäßig 1920x1080, ohne Bildschirm.
      --no-caption lässt Titel, Schritt, Erläuterung und Kennzahlen weg;
      --chart zeichnet stattdessen das Diagramm über die Zeit, Schritt N markiert;
      --heap-size, --policy und EINSTELLUNGEN wirken wie bei replay.
  ostep [malloc.py-Optionen] [--scenario AUSGABE.heap]
      Genau das ausgeben, was malloc.py, die Freispeicher-Hausaufgabe von
      OSTEP, für dieselben Optionen ausgibt (-s, -S, -b, -H, -a, -p, -l, -C,
      -n, -r, -P, -A, -c); --scenario schreibt die Arbeitslast zusätzlich
      als Szenario.
  compare DATEI [--policies LISTE] [--heap-size N] [EINSTELLUNGEN] [--json]
      Einen Trace oder ein Szenario unter jeder Strategie ausführen (Vorgabe:
      alle vier) und je eine Zeile ausgeben: fehlgeschlagene Allokationen,
      höchste und letzte Fragmentierung, größter freier Block, Höchststand,
      im Mittel durchsuchte Blöcke je malloc, Schritte.
  stats DATEI [--policy NAME] [--every N] [--csv] [--heap-size N] [EINSTELLUNGEN]
      Belegte und freie Bytes, größten freien Block, Fragmentierung, freie
      Blöcke und Heap-Größe nach jedem N-ten und nach dem letzten Schritt ausgeben.
  convert DATEI.hrec -o AUSGABE.rep
      Eine Aufzeichnung von heapboard-record in einen malloclab-Trace
      umwandeln; replay, render und das Fenster öffnen Aufzeichnungen direkt.

EINSTELLUNGEN (docs/settings.md): --base ADR, --header N, --align N,
  --min-block N, --order NAME, --coalesce NAME, --grow N, --max-heap N.

Optionen:
  -h, --help     Diese Hilfe anzeigen (BEFEHL --help für die Optionen eines Befehls).
  -v, --version  Die Version anzeigen.
</translation>
    </message>
    <message>
        <source>--policies: &apos;%1&apos; is named twice</source>
        <translation>--policies: &apos;%1&apos; ist zweimal genannt</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>peak frag</source>
        <translation>max. Frag.</translation>
    </message>
    <message>
        <source>final frag</source>
        <translation>End-Frag.</translation>
    </message>
    <message>
        <source>largest free</source>
        <translation>größter frei</translation>
    </message>
    <message>
        <source>high-water</source>
        <translation>Höchststand</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>durchsucht</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>Run a trace (.rep) or scenario (.heap) under several policies and print
one summary row per policy (docs/compare.md).</source>
        <translation>Einen Trace (.rep) oder ein Szenario (.heap) unter mehreren Strategien ausführen
und je Strategie eine Zusammenfassungszeile ausgeben (docs/compare.md).</translation>
    </message>
    <message>
        <source>The trace or scenario to compare.</source>
        <translation>Der zu vergleichende Trace oder das zu vergleichende Szenario.</translation>
    </message>
    <message>
        <source>Comma-separated policies, one row each (default: first-fit,next-fit,best-fit,worst-fit).</source>
        <translation>Durch Kommas getrennte Strategien, je eine Zeile (Vorgabe: first-fit,next-fit,best-fit,worst-fit).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Print the heap&apos;s statistics after every N-th step of a trace (.rep) or
scenario (.heap), and after the last (docs/compare.md).</source>
        <translation>Die Kennzahlen des Heaps nach jedem N-ten Schritt eines Traces (.rep) oder
Szenarios (.heap) und nach dem letzten ausgeben (docs/compare.md).</translation>
    </message>
    <message>
        <source>The trace or scenario to run.</source>
        <translation>Der auszuführende Trace oder das auszuführende Szenario.</translation>
    </message>
    <message>
        <source>Print every N-th step (default 1: all).</source>
        <translation>Jeden N-ten Schritt ausgeben (Vorgabe 1: alle).</translation>
    </message>
    <message>
        <source>Print CSV with a header row instead of aligned columns.</source>
        <translation>CSV mit Kopfzeile statt ausgerichteter Spalten ausgeben.</translation>
    </message>
    <message>
        <source>--every &apos;%1&apos; is not a step count (1, 2, ...)</source>
        <translation>--every &apos;%1&apos; ist keine Schrittzahl (1, 2, ...)</translation>
    </message>
    <message>
        <source>Heap size in bytes, 1 to 2^62; K/M/G suffixes (default: a scenario&apos;s own; for a trace the smallest power of two that holds it under first fit).</source>
        <translation>Heap-Größe in Byte, 1 bis 2^62; Suffixe K/M/G (Vorgabe: die eigene eines Szenarios; für einen Trace die kleinste Zweierpotenz, die ihn unter First Fit fasst).</translation>
    </message>
    <message>
        <source>Placement policy: first-fit, next-fit, best-fit, worst-fit or as-recorded (a recording&apos;s own addresses) (default: %1).</source>
        <translation>Platzierungsstrategie: first-fit, next-fit, best-fit, worst-fit oder as-recorded (die Adressen einer Aufzeichnung) (Standard: %1).</translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos; (first-fit, next-fit, best-fit, worst-fit, as-recorded)</source>
        <translation>unbekannte Strategie &apos;%1&apos; (first-fit, next-fit, best-fit, worst-fit, as-recorded)</translation>
    </message>
    <message>
        <source>heapboard-cli %1: %2: as-recorded needs a recording (.hrec) with some block in it</source>
        <translation>heapboard-cli %1: %2: as-recorded braucht eine Aufzeichnung (.hrec) mit mindestens einem Block</translation>
    </message>
    <message>
        <source>--policies: unknown policy &apos;%1&apos; (first-fit, next-fit, best-fit, worst-fit, as-recorded)</source>
        <translation>--policies: unbekannte Strategie &apos;%1&apos; (first-fit, next-fit, best-fit, worst-fit, as-recorded)</translation>
    </message>
</context>
<context>
    <name>ClickerKey</name>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
</context>
<context>
    <name>CompareChartDock</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>The panes&apos; heaps over time</source>
        <translation>Die Heaps der Bereiche über die Zeit</translation>
    </message>
    <message>
        <source>The panes&apos; statistics over time, one curve per pane (C)</source>
        <translation>Die Kennzahlen der Bereiche über die Zeit, eine Kurve je Bereich (C)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>default settings</source>
        <translation>Standardeinstellungen</translation>
    </message>
    <message>
        <source>Compare Policies</source>
        <translation>Strategien vergleichen</translation>
    </message>
    <message>
        <source>Number of panes</source>
        <translation>Anzahl der Bereiche</translation>
    </message>
    <message>
        <source>&amp;Panes:</source>
        <translation>&amp;Bereiche:</translation>
    </message>
    <message>
        <source>The document&apos;s steps run once per pane, each under its own policy and settings; the panes step together.</source>
        <translation>Die Schritte des Dokuments laufen einmal je Bereich, jeder mit eigener Strategie und eigenen Einstellungen; die Bereiche gehen gemeinsam Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Pane %1:</source>
        <translation>Bereich %1:</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Policy of pane %1</source>
        <translation>Strategie von Bereich %1</translation>
    </message>
    <message>
        <source>Settings of pane %1</source>
        <translation>Einstellungen von Bereich %1</translation>
    </message>
    <message>
        <source>Settings of Pane %1</source>
        <translation>Einstellungen von Bereich %1</translation>
    </message>
    <message>
        <source>the recording&apos;s own address space</source>
        <translation>der eigene Adressraum der Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Pane %1: %2</source>
        <translation>Bereich %1: %2</translation>
    </message>
    <message>
        <source>Policy of pane %1</source>
        <translation>Strategie von Bereich %1</translation>
    </message>
    <message>
        <source>Figures of pane %1</source>
        <translation>Kennzahlen von Bereich %1</translation>
    </message>
    <message>
        <source>Heap under %1</source>
        <translation>Heap unter %1</translation>
    </message>
    <message>
        <source>%1  ≠ differs at this step</source>
        <translation>%1  ≠ weicht in diesem Schritt ab</translation>
    </message>
    <message>
        <source>%1  ≠ differs at this step: %2</source>
        <translation>%1  ≠ weicht in diesem Schritt ab: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>live %1 · free %2 · largest free %3 · fragmentation %4% · failures %5</source>
        <translation>belegt %1 · frei %2 · größter frei %3 · Fragmentierung %L4 % · Fehlschläge %5</translation>
    </message>
</context>
<context>
    <name>CompareSummaryModel</name>
    <message>
        <source>Pane</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Failed allocations</source>
        <translation>Fehlgeschlagene Allokationen</translation>
    </message>
    <message>
        <source>Peak fragmentation</source>
        <translation>Höchste Fragmentierung</translation>
    </message>
    <message>
        <source>Final fragmentation</source>
        <translation>Fragmentierung am Ende</translation>
    </message>
    <message>
        <source>Largest free at end</source>
        <translation>Größter freier Block am Ende</translation>
    </message>
    <message>
        <source>High-water mark</source>
        <translation>Höchststand</translation>
    </message>
    <message>
        <source>Mean searched</source>
        <translation>Durchsucht im Mittel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare Policies — %1</source>
        <translation>Strategien vergleichen – %1</translation>
    </message>
    <message>
        <source>Compare policies</source>
        <translation>Strategien vergleichen</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>&amp;Next Divergence</source>
        <translation>&amp;Nächste Abweichung</translation>
    </message>
    <message>
        <source>Go to the next step where the panes&apos; outcomes differ (D)</source>
        <translation>Zum nächsten Schritt, in dem die Ergebnisse der Bereiche abweichen (D)</translation>
    </message>
    <message>
        <source>P&amp;revious Divergence</source>
        <translation>&amp;Vorige Abweichung</translation>
    </message>
    <message>
        <source>Go to the previous step where the panes&apos; outcomes differ (Shift+D)</source>
        <translation>Zum vorigen Schritt, in dem die Ergebnisse der Bereiche abweichen (Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>Zusammenfassung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>where the panes differ</source>
        <translation>wo die Bereiche abweichen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Step 0: the empty heap</source>
        <translation>Schritt 0: der leere Heap</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1  —  the panes differ here</source>
        <translation>%1  –  die Bereiche weichen hier ab</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary of the panes</source>
        <translation>Zusammenfassung der Bereiche</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the summary as aligned text</source>
        <translation>Die Zusammenfassung als ausgerichteten Text kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the summary as CSV or text</source>
        <translation>Die Zusammenfassung als CSV oder Text speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Text (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>&amp;Quizmodus</translation>
    </message>
    <message>
        <source>Ask the lesson&apos;s questions before their steps (Q)</source>
        <translation>Die Fragen der Lektion vor ihren Schritten stellen (Q)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>malloc(0): a request must be at least 1 byte</source>
        <translation>malloc(0): Eine Anforderung muss mindestens 1 Byte umfassen</translation>
    </message>
    <message>
        <source>free(%1): invalid pointer: %2</source>
        <translation>free(%1): ungültiger Zeiger: %2</translation>
    </message>
    <message>
        <source>realloc(%1, %2): invalid pointer: %3</source>
        <translation>realloc(%1, %2): ungültiger Zeiger: %3</translation>
    </message>
    <message>
        <source>address %1 is outside the heap [0, %2)</source>
        <translation>Adresse %1 liegt außerhalb des Heaps [0, %2)</translation>
    </message>
    <message>
        <source>address %1 is inside the used block at %2, not the start of a block</source>
        <translation>Adresse %1 liegt im belegten Block bei %2, nicht am Anfang eines Blocks</translation>
    </message>
    <message>
        <source>address %1 is inside the free block at %2, not the start of a block</source>
        <translation>Adresse %1 liegt im freien Block bei %2, nicht am Anfang eines Blocks</translation>
    </message>
    <message>
        <source>the block at %1 is free, not allocated</source>
        <translation>der Block bei %1 ist frei, nicht belegt</translation>
    </message>
    <message>
        <source>%1 %2: invalid pointer: %3 holds no block (its allocation failed)</source>
        <translation>%1 %2: ungültiger Zeiger: %3 verweist auf keinen Block (seine Allokation schlug fehl)</translation>
    </message>
    <message>
        <source>free %1: double free: %2&apos;s block at %3 was freed by step %4%5</source>
        <translation>free %1: doppelte Freigabe: Der Block von %2 bei %3 wurde in Schritt %4 freigegeben%5</translation>
    </message>
    <message>
        <source>realloc %1: dangling pointer: %2&apos;s block at %3 was freed by step %4%5</source>
        <translation>realloc %1: hängender Zeiger: Der Block von %2 bei %3 wurde in Schritt %4 freigegeben%5</translation>
    </message>
    <message>
        <source>; address %1 now belongs to another block, %2, which is left alone</source>
        <translation>; Adresse %1 gehört jetzt zu einem anderen Block, %2, der unberührt bleibt</translation>
    </message>
    <message>
        <source>; address %1 now belongs to another block, which is left alone</source>
        <translation>; Adresse %1 gehört jetzt zu einem anderen Block, der unberührt bleibt</translation>
    </message>
    <message>
        <source>line %1: %2 of id %3: size %4 is not a usable size (1 to 2^62 bytes)</source>
        <translation>Zeile %1: %2 für ID %3: Größe %4 ist keine verwendbare Größe (1 bis 2^62 Byte)</translation>
    </message>
    <message>
        <source>line %1: free of id %2: no block was ever allocated for this id</source>
        <translation>Zeile %1: free für ID %2: Für diese ID wurde nie ein Block alloziert</translation>
    </message>
    <message>
        <source>line %1: %2 of id %3: its block at %4 was already freed at step %5 (double free)</source>
        <translation>Zeile %1: %2 für ID %3: Ihr Block bei %4 wurde schon in Schritt %5 freigegeben (doppelte Freigabe)</translation>
    </message>
    <message>
        <source>line %1: %2 of id %3: its block at %4 was already freed at step %5 (dangling pointer)</source>
        <translation>Zeile %1: %2 für ID %3: Ihr Block bei %4 wurde schon in Schritt %5 freigegeben (hängender Zeiger)</translation>
    </message>
    <message>
        <source>incomplete statement: expected %1</source>
        <translation>unvollständige Anweisung: erwartet wird %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>unerwartetes &apos;%1&apos; nach %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size (digits with an optional K, M or G, at most 2^62)</source>
        <translation>&apos;%1&apos; ist keine Größe (Ziffern mit optionalem K, M oder G, höchstens 2^62)</translation>
    </message>
    <message>
        <source>unknown handle &apos;%1&apos;: no earlier line assigns it</source>
        <translation>unbekanntes Handle &apos;%1&apos;: keine frühere Zeile weist es zu</translation>
    </message>
    <message>
        <source>expected a handle or an address, found &apos;%1&apos;</source>
        <translation>Handle oder Adresse erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>empty narration: write the sentence after &apos;&gt;&apos;</source>
        <translation>leere Erläuterung: Schreiben Sie den Satz hinter &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>a second title (the first is &apos;%1&apos;)</source>
        <translation>ein zweiter Titel (der erste ist &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>title needs a text</source>
        <translation>title braucht einen Text</translation>
    </message>
    <message>
        <source>a second heap line: the heap size is set once</source>
        <translation>eine zweite heap-Zeile: Die Heap-Größe wird nur einmal festgelegt</translation>
    </message>
    <message>
        <source>the heap needs at least 1 byte</source>
        <translation>der Heap braucht mindestens 1 Byte</translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos; (first-fit, next-fit, best-fit, worst-fit)</source>
        <translation>unbekannte Strategie &apos;%1&apos; (first-fit, next-fit, best-fit, worst-fit)</translation>
    </message>
    <message>
        <source>a second starting policy</source>
        <translation>eine zweite Anfangsstrategie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a handle (letters, digits and _, not a keyword)</source>
        <translation>&apos;%1&apos; taugt nicht als Name eines Handles (Buchstaben, Ziffern und _, kein Schlüsselwort)</translation>
    </message>
    <message>
        <source>expected malloc or realloc after &apos;=&apos;</source>
        <translation>nach &apos;=&apos; wird malloc oder realloc erwartet</translation>
    </message>
    <message>
        <source>only malloc and realloc return a block to assign, not &apos;%1&apos;</source>
        <translation>nur malloc und realloc liefern einen Block, der zugewiesen werden kann, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no heap size yet: write &apos;heap SIZE&apos; before the first operation</source>
        <translation>noch keine Heap-Größe: Schreiben Sie &apos;heap SIZE&apos; vor die erste Operation</translation>
    </message>
    <message>
        <source>a second layout line: the layout is set once</source>
        <translation>eine zweite layout-Zeile: Die Darstellung wird nur einmal festgelegt</translation>
    </message>
    <message>
        <source>layout must come before the first operation</source>
        <translation>layout muss vor der ersten Operation stehen</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos; (rows, strip)</source>
        <translation>unbekannte Darstellung &apos;%1&apos; (rows, strip)</translation>
    </message>
    <message>
        <source>expect what? (free ..., NAME at ADDR, error CODE)</source>
        <translation>expect was? (free ..., NAME at ADDR, error CODE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a free block START+SIZE</source>
        <translation>&apos;%1&apos; ist kein freier Block START+SIZE</translation>
    </message>
    <message>
        <source>free blocks must be listed in address order without overlap</source>
        <translation>freie Blöcke müssen nach Adressen geordnet und ohne Überlappung aufgeführt werden</translation>
    </message>
    <message>
        <source>unknown error code &apos;%1&apos; (none, out-of-memory, invalid-pointer, double-free, invalid-size)</source>
        <translation>unbekannter Fehlercode &apos;%1&apos; (none, out-of-memory, invalid-pointer, double-free, invalid-size)</translation>
    </message>
    <message>
        <source>expected &apos;at ADDRESS&apos; after the handle</source>
        <translation>nach dem Handle wird &apos;at ADDRESS&apos; erwartet</translation>
    </message>
    <message>
        <source>narration with no step after it</source>
        <translation>Erläuterung ohne folgenden Schritt</translation>
    </message>
    <message>
        <source>no &apos;heap SIZE&apos; line: a scenario needs a heap</source>
        <translation>keine Zeile &apos;heap SIZE&apos;: Ein Szenario braucht einen Heap</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>ein NUL-Byte: Dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>expected only the %1 on this line</source>
        <translation>in dieser Zeile wird nur %1 erwartet</translation>
    </message>
    <message>
        <source>expected the %1 (a non-negative whole number), found %2</source>
        <translation>erwartet wird %1 (eine nicht negative ganze Zahl), gefunden %2</translation>
    </message>
    <message>
        <source>unexpected %1 after the operation</source>
        <translation>unerwartetes %1 nach der Operation</translation>
    </message>
    <message>
        <source>&apos;%1 ID SIZE&apos; needs an id and a size</source>
        <translation>&apos;%1 ID SIZE&apos; braucht eine ID und eine Größe</translation>
    </message>
    <message>
        <source>expected a size in bytes, found %1</source>
        <translation>Größe in Byte erwartet, gefunden %1</translation>
    </message>
    <message>
        <source>&apos;f ID&apos; needs an id</source>
        <translation>&apos;f ID&apos; braucht eine ID</translation>
    </message>
    <message>
        <source>unexpected %1 after &apos;f ID&apos;</source>
        <translation>unerwartetes %1 nach &apos;f ID&apos;</translation>
    </message>
    <message>
        <source>unknown operation %1 (expected a, f or r)</source>
        <translation>unbekannte Operation %1 (erwartet: a, f oder r)</translation>
    </message>
    <message>
        <source>expected a block id (a whole number), found %1</source>
        <translation>Block-ID (eine ganze Zahl) erwartet, gefunden %1</translation>
    </message>
    <message>
        <source>the header ends early: missing the %1</source>
        <translation>der Dateikopf endet zu früh: Es fehlt %1</translation>
    </message>
    <message>
        <source>the header promises %1 operations but the file has %2</source>
        <translation>der Dateikopf kündigt %1 Operationen an, die Datei enthält aber %2</translation>
    </message>
    <message>
        <source>suggested heap size</source>
        <translation>die vorgeschlagene Heap-Größe</translation>
    </message>
    <message>
        <source>number of ids</source>
        <translation>die Anzahl der IDs</translation>
    </message>
    <message>
        <source>number of operations</source>
        <translation>die Anzahl der Operationen</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>das Gewicht</translation>
    </message>
    <message>
        <source>malloc(%1): out of memory, no free block of %2 bytes (largest free block %3 bytes, %4 bytes free in total)%5</source>
        <translation>malloc(%1): Speicher erschöpft, kein freier Block mit %2 Byte (größter freier Block %3 Byte, insgesamt %4 Byte frei)%5</translation>
    </message>
    <message>
        <source>, and the heap cannot grow past its maximum of %1 bytes (now %2)</source>
        <translation>, und der Heap kann nicht über sein Maximum von %1 Byte hinaus wachsen (jetzt %2)</translation>
    </message>
    <message>
        <source>realloc(%1, %2): out of memory, no free block of %3 bytes%4; the block stays at %5</source>
        <translation>realloc(%1, %2): Speicher erschöpft, kein freier Block mit %3 Byte%4; der Block bleibt bei %5</translation>
    </message>
    <message>
        <source>unknown statement &apos;%1&apos; (title, heap, layout, policy, compare, base, header, align, min-block, order, coalesce, grow, max-heap, malloc, free, realloc, expect, group, end, &gt;, ?)</source>
        <translation>unbekannte Anweisung &apos;%1&apos; (title, heap, layout, policy, compare, base, header, align, min-block, order, coalesce, grow, max-heap, malloc, free, realloc, expect, group, end, &gt;, ?)</translation>
    </message>
    <message>
        <source>a second compare line: the panes are set once</source>
        <translation>eine zweite compare-Zeile: Die Vergleichsbereiche werden nur einmal festgelegt</translation>
    </message>
    <message>
        <source>compare must come before the first operation</source>
        <translation>compare muss vor der ersten Operation stehen</translation>
    </message>
    <message>
        <source>compare names &apos;%1&apos; twice</source>
        <translation>compare nennt &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <source>address %1 is outside the heap [%2, %3)</source>
        <translation>Adresse %1 liegt außerhalb des Heaps [%2, %3)</translation>
    </message>
    <message>
        <source>malloc(%1): as recorded, blocks go only where a recording put them, and this request has no recorded address</source>
        <translation>malloc(%1): wie aufgezeichnet kommen Blöcke nur dorthin, wo eine Aufzeichnung sie hinlegte, und diese Anforderung hat keine aufgezeichnete Adresse</translation>
    </message>
    <message>
        <source>malloc(%1) at its recorded address %2: the bytes there are not free: %3</source>
        <translation>malloc(%1) an seiner aufgezeichneten Adresse %2: die Bytes dort sind nicht frei: %3</translation>
    </message>
    <message>
        <source>realloc(%1, %2) to its recorded address %3: the bytes there are not free: %4; the block stays at %5</source>
        <translation>realloc(%1, %2) an seine aufgezeichnete Adresse %3: die Bytes dort sind nicht frei: %4; der Block bleibt bei %5</translation>
    </message>
    <message>
        <source>address %1 is in a gap of the address space, not the heap&apos;s</source>
        <translation>Adresse %1 liegt in einer Lücke des Adressraums, nicht im Heap</translation>
    </message>
    <message>
        <source>the used block at %1 holds address %2</source>
        <translation>der belegte Block bei %1 enthält Adresse %2</translation>
    </message>
    <message>
        <source>only %1 of the %2 bytes from %3 are free, up to the end of the heap at %4</source>
        <translation>nur %1 der %2 Bytes ab %3 sind frei, bis zum Ende des Heaps bei %4</translation>
    </message>
    <message>
        <source>only %1 of the %2 bytes from %3 are free, up to a gap of the address space at %4</source>
        <translation>nur %1 der %2 Bytes ab %3 sind frei, bis zu einer Lücke des Adressraums bei %4</translation>
    </message>
    <message>
        <source>only %1 of the %2 bytes from %3 are free, up to the used block at %4</source>
        <translation>nur %1 der %2 Bytes ab %3 sind frei, bis zum belegten Block bei %4</translation>
    </message>
    <message>
        <source>as-recorded needs a recording&apos;s addresses, which a scenario does not have (open the .hrec)</source>
        <translation>as-recorded braucht die Adressen einer Aufzeichnung, die ein Szenario nicht hat (die .hrec öffnen)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: cannot open: the heap size cannot be used</source>
        <translation>%1: kann nicht geöffnet werden: Die Heap-Größe ist nicht verwendbar</translation>
    </message>
    <message>
        <source>%1: cannot replay on a heap of %2 bytes</source>
        <translation>%1: kann nicht auf einem Heap von %2 Byte abgespielt werden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot autosave: %2</source>
        <translation>%1: automatische Sicherung nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: not a scenario</source>
        <translation>%1: kein Szenario</translation>
    </message>
    <message>
        <source>%1: cannot open: heap size %2</source>
        <translation>%1: kann nicht geöffnet werden: Heap-Größe %2</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: cannot save: a recording shown as recorded has no scenario (a scenario has no addresses). Its recording keeps it; to save its requests as a scenario, import it again under a policy (File &gt; Import Trace…).</source>
        <translation>%1: kann nicht speichern: eine wie aufgezeichnet gezeigte Aufzeichnung hat kein Szenario (ein Szenario hat keine Adressen). Ihre Aufzeichnung bewahrt sie; um ihre Anforderungen als Szenario zu speichern, sie erneut unter einer Strategie importieren (Datei &gt; Trace importieren…).</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: file is larger than 1 GiB</source>
        <translation>%1: Datei ist größer als 1 GiB</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the heap size cannot be used</source>
        <translation>%1: Die Heap-Größe ist nicht verwendbar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Title, step and narration above the heap</source>
        <translation>Titel, Schritt und Erläuterung über dem Heap</translation>
    </message>
    <message>
        <source>Include &amp;legend</source>
        <translation>&amp;Legende einschließen</translation>
    </message>
    <message>
        <source>Export Heap</source>
        <translation>Heap exportieren</translation>
    </message>
    <message>
        <source>The suffix chooses the format: .png, .svg or .pdf</source>
        <translation>Die Endung bestimmt das Format: .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>What free, used and changed blocks look like, in a corner</source>
        <translation>Wie freie, belegte und geänderte Blöcke aussehen, in einer Ecke</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Pixels of a PNG; for SVG and PDF the page, at 96 pixels an inch. Text scales with it.</source>
        <translation>Pixel eines PNG; bei SVG und PDF die Seite, mit 96 Pixeln pro Zoll. Der Text wird mitskaliert.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>The colors of the picture; the window&apos;s theme at first</source>
        <translation>Die Farben des Bildes; anfangs das Farbschema des Fensters</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>%1: cannot write: unknown file type (use .png, .svg or .pdf)</source>
        <translation>%1: kann nicht geschrieben werden: unbekannter Dateityp (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
</context>
<context>
    <name>FreeListDock</name>
    <message>
        <source>Free List</source>
        <translation>Freiliste</translation>
    </message>
    <message>
        <source>The free list in the allocator&apos;s order (L)</source>
        <translation>Die Freiliste in der Reihenfolge des Allokators (L)</translation>
    </message>
    <message>
        <source>Free List · %1</source>
        <translation>Freiliste · %1</translation>
    </message>
</context>
<context>
    <name>FreeListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free block at %1, %2: next fit searches from here</source>
        <translation>Freier Block bei %1, %2: Next Fit sucht ab hier</translation>
    </message>
    <message>
        <source>Free block at %1, %2</source>
        <translation>Freier Block bei %1, %2</translation>
    </message>
</context>
<context>
    <name>FreeListView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>rover</source>
        <translation>Rover</translation>
    </message>
    <message>
        <source>Free list</source>
        <translation>Freiliste</translation>
    </message>
    <message>
        <source>Nothing is free: the free list is empty.</source>
        <translation>Nichts ist frei: Die Freiliste ist leer.</translation>
    </message>
</context>
<context>
    <name>HeapAnnouncer</name>
    <message>
        <source>1 used block</source>
        <translation>1 belegter Block</translation>
    </message>
    <message>
        <source>%1 used blocks</source>
        <translation>%1 belegte Blöcke</translation>
    </message>
    <message>
        <source>1 free block</source>
        <translation>1 freier Block</translation>
    </message>
    <message>
        <source>%1 free blocks</source>
        <translation>%1 freie Blöcke</translation>
    </message>
    <message>
        <source>Start of 1 step. %1.</source>
        <translation>Anfang von 1 Schritt. %1.</translation>
    </message>
    <message>
        <source>Start of %2 steps. %1.</source>
        <translation>Anfang von %2 Schritten. %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>HeapChart</name>
    <message>
        <source>Chart over time</source>
        <translation>Diagramm über die Zeit</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n step(s); click or drag to move to a step</source>
        <translation>
            <numerusform>%1 über %n Schritt; klicken oder ziehen, um zu einem Schritt zu gehen</numerusform>
            <numerusform>%1 über %n Schritte; klicken oder ziehen, um zu einem Schritt zu gehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
</context>
<context>
    <name>HeapExport</name>
    <message>
        <source>each side must be %1 to %2 pixels</source>
        <translation>jede Seite muss %1 bis %2 Pixel lang sein</translation>
    </message>
    <message>
        <source>at most %1 megapixels</source>
        <translation>höchstens %1 Megapixel</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown file type &apos;.%1&apos; (use .png, .svg or .pdf)</source>
        <translation>unbekannter Dateityp &apos;.%1&apos; (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
        <source>size %1x%2: %3</source>
        <translation>Größe %1x%2: %3</translation>
    </message>
    <message>
        <source>drawing failed</source>
        <translation>Zeichnen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>HeapLegend</name>
    <message>
        <source>Free space</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>Used block (name, size)</source>
        <translation>Belegter Block (Name, Größe)</translation>
    </message>
    <message>
        <source>Changed at this step</source>
        <translation>In diesem Schritt geändert</translation>
    </message>
</context>
<context>
    <name>HeapLegendOverlay</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>HeapModel</name>
    <message>
        <source>thread %1, %2 ms into the recording</source>
        <translation>Thread %1, %2 ms nach Beginn der Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>HeapOverview</name>
    <message>
        <source>Heap overview</source>
        <translation>Heap-Übersicht</translation>
    </message>
    <message>
        <source>The whole heap, with the part shown framed: click or drag to move there, turn the wheel to scroll</source>
        <translation>Der ganze Heap, der sichtbare Teil eingerahmt: Klicken oder ziehen, um dorthin zu gehen, Mausrad zum Blättern</translation>
    </message>
</context>
<context>
    <name>HeapPalette</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Color-blind safe</source>
        <translation>Für Farbsehschwäche</translation>
    </message>
</context>
<context>
    <name>HeapPane</name>
    <message>
        <source>Heap position</source>
        <translation>Position im Heap</translation>
    </message>
</context>
<context>
    <name>HeapRenderer</name>
    <message>
        <source>free · %1</source>
        <translation>frei · %1</translation>
    </message>
    <message>
        <source>… %1 …</source>
        <translation>… %1 …</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>HeapSettingsDialog</name>
    <message>
        <source>Bytes, 1 to 2^62; K, M and G multiply by 1024, 1024² and 1024³</source>
        <translation>Byte, 1 bis 2^62; K, M und G multiplizieren mit 1024, 1024² und 1024³</translation>
    </message>
    <message>
        <source>Heap &amp;size:</source>
        <translation>Heap-&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a heap size: use 1 to 2^62 bytes, e.g. 4096 or 64K</source>
        <translation>&apos;%1&apos; ist keine Heap-Größe: Verwenden Sie 1 bis 2^62 Byte, z. B. 4096 oder 64K</translation>
    </message>
    <message>
        <source>Allocator</source>
        <translation>Allokator</translation>
    </message>
    <message>
        <source>The blocks at the addresses the real allocator returned</source>
        <translation>Die Blöcke an den Adressen, die der echte Allokator lieferte</translation>
    </message>
    <message>
        <source>As recorded, the heap is the recording&apos;s own address space</source>
        <translation>Wie aufgezeichnet ist der Heap der eigene Adressraum der Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>HeapSettingsForm</name>
    <message>
        <source>The address of the heap&apos;s first byte (malloc.py -b)</source>
        <translation>Die Adresse des ersten Bytes des Heaps (malloc.py -b)</translation>
    </message>
    <message>
        <source>Bytes in front of each used block; the pointer a program sees is the block&apos;s start plus the header (malloc.py -H)</source>
        <translation>Bytes vor jedem belegten Block; der Zeiger, den ein Programm sieht, ist der Blockanfang plus der Header (malloc.py -H)</translation>
    </message>
    <message>
        <source>Requests round up to a multiple of this; empty or &quot;none&quot;: no alignment (malloc.py -a)</source>
        <translation>Anforderungen werden auf ein Vielfaches dieses Werts aufgerundet; leer oder „keine“: keine Ausrichtung (malloc.py -a)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A split never leaves a free block smaller than this: the whole block is handed out instead, the surplus is internal fragmentation</source>
        <translation>Eine Teilung hinterlässt nie einen freien Block, der kleiner ist: Stattdessen wird der ganze Block vergeben, und der Überschuss ist interne Fragmentierung</translation>
    </message>
    <message>
        <source>The order of the free list, which is the order the policy scans it in (malloc.py -l)</source>
        <translation>Die Reihenfolge der Freiliste, in der die Strategie sie auch durchsucht (malloc.py -l)</translation>
    </message>
    <message>
        <source>When free blocks merge with their neighbours (malloc.py -C is the list pass)</source>
        <translation>Wann freie Blöcke mit ihren Nachbarn verschmelzen (malloc.py -C ist der Listendurchlauf)</translation>
    </message>
    <message>
        <source>&amp;Base address:</source>
        <translation>&amp;Basisadresse:</translation>
    </message>
    <message>
        <source>&amp;Header size:</source>
        <translation>&amp;Header-Größe:</translation>
    </message>
    <message>
        <source>&amp;Alignment:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <source>&amp;Minimum block:</source>
        <translation>&amp;Mindestblockgröße:</translation>
    </message>
    <message>
        <source>Free-list &amp;order:</source>
        <translation>&amp;Reihenfolge der Freiliste:</translation>
    </message>
    <message>
        <source>&amp;Coalescing:</source>
        <translation>&amp;Verschmelzen:</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number of bytes (digits, with K, M or G if you like)</source>
        <translation>%1: &apos;%2&apos; ist keine Anzahl von Bytes (Ziffern, nach Belieben mit K, M oder G)</translation>
    </message>
    <message>
        <source>Base address</source>
        <translation>Basisadresse</translation>
    </message>
    <message>
        <source>Header size</source>
        <translation>Header-Größe</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Minimum block</source>
        <translation>Mindestblockgröße</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>size ascending</source>
        <translation>Größe aufsteigend</translation>
    </message>
    <message>
        <source>size descending</source>
        <translation>Größe absteigend</translation>
    </message>
    <message>
        <source>insert at front (LIFO)</source>
        <translation>vorne einfügen (LIFO)</translation>
    </message>
    <message>
        <source>insert at back (FIFO)</source>
        <translation>hinten einfügen (FIFO)</translation>
    </message>
    <message>
        <source>address order</source>
        <translation>Adressreihenfolge</translation>
    </message>
    <message>
        <source>LIFO</source>
        <translation>LIFO</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>neighbours (immediate)</source>
        <translation>Nachbarn (sofort)</translation>
    </message>
    <message>
        <source>list pass (malloc.py -C)</source>
        <translation>Listendurchlauf (malloc.py -C)</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>Basis %1</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>align %1</source>
        <translation>Ausrichtung %1</translation>
    </message>
    <message>
        <source>min block %1</source>
        <translation>Mindestblock %1</translation>
    </message>
    <message>
        <source>no coalescing</source>
        <translation>kein Verschmelzen</translation>
    </message>
    <message>
        <source>list-pass coalescing</source>
        <translation>Verschmelzen per Listendurchlauf</translation>
    </message>
    <message>
        <source>deferred coalescing</source>
        <translation>verzögertes Verschmelzen</translation>
    </message>
    <message>
        <source>When no free block fits, the heap grows at its top (sbrk) by the block rounded up to this; empty or &quot;never&quot;: the heap never grows</source>
        <translation>Wenn kein freier Block passt, wächst der Heap oben (sbrk) um den darauf aufgerundeten Block; leer oder „nie“: der Heap wächst nie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The largest size a growing heap reaches; the space above the break is drawn dotted</source>
        <translation>Die größte Größe, die ein wachsender Heap erreicht; der Raum über dem Break wird gepunktet gezeichnet</translation>
    </message>
    <message>
        <source>&amp;Grow by:</source>
        <translation>&amp;Wachsen um:</translation>
    </message>
    <message>
        <source>Grow up &amp;to:</source>
        <translation>Wachsen &amp;bis:</translation>
    </message>
    <message>
        <source>Grow by</source>
        <translation>Wachsen um</translation>
    </message>
    <message>
        <source>Grow up to</source>
        <translation>Wachsen bis</translation>
    </message>
    <message>
        <source>grows by %1 up to %2</source>
        <translation>wächst um %1 bis %2</translation>
    </message>
</context>
<context>
    <name>HeapView</name>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Used block</source>
        <translation>Belegter Block</translation>
    </message>
    <message>
        <source>Free block</source>
        <translation>Freier Block</translation>
    </message>
    <message>
        <source>there from the start</source>
        <translation>von Anfang an da</translation>
    </message>
    <message>
        <source>made by step %1</source>
        <translation>entstanden in Schritt %1</translation>
    </message>
    <message>
        <source>Click to free</source>
        <translation>Klicken zum Freigeben</translation>
    </message>
    <message>
        <source>Click to allocate</source>
        <translation>Klicken zum Allozieren</translation>
    </message>
    <message>
        <source>pointer %1 · header %2</source>
        <translation>Zeiger %1 · Header %2</translation>
    </message>
    <message>
        <source>payload %1 · slack %2</source>
        <translation>Nutzdaten %1 · Verschnitt %2</translation>
    </message>
    <message>
        <source>Past the break at %1: space the heap may still take, up to %2</source>
        <translation>Hinter dem Break bei %1: Raum, den der Heap noch nehmen darf, bis %2</translation>
    </message>
    <message>
        <source>Not part of the heap</source>
        <translation>Nicht Teil des Heaps</translation>
    </message>
    <message>
        <source>Address space the program never used, drawn shortened</source>
        <translation>Adressraum, den das Programm nie benutzte, verkürzt gezeichnet</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>What&apos;s &amp;New</source>
        <translation>&amp;Neuigkeiten</translation>
    </message>
    <message>
        <source>A short illustrated guide, from first steps to the command line</source>
        <translation>Eine kurze bebilderte Anleitung, von den ersten Schritten bis zur Kommandozeile</translation>
    </message>
    <message>
        <source>What this version of Heapboard brings</source>
        <translation>Was diese Version von Heapboard mitbringt</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>start: %1 bytes free</source>
        <translation>Anfang: %1 Byte frei</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>Strategie: %1</translation>
    </message>
    <message>
        <source>Not revealed yet</source>
        <translation>Noch nicht aufgedeckt</translation>
    </message>
    <message>
        <source>free(%1 at %2)</source>
        <translation>free(%1 bei %2)</translation>
    </message>
</context>
<context>
    <name>LayoutChooser</name>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>&amp;Strip</source>
        <translation>&amp;Streifen</translation>
    </message>
    <message>
        <source>The heap wrapped into rows, like a memory map</source>
        <translation>Der Heap in Zeilen umbrochen, wie eine Speicherkarte</translation>
    </message>
    <message>
        <source>The heap as one bar with the labels above and below, like a textbook figure</source>
        <translation>Der Heap als ein Balken mit den Beschriftungen darüber und darunter, wie eine Lehrbuchabbildung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Heapboard</source>
        <translation>Heapboard</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Malloc</source>
        <translation>&amp;Malloc</translation>
    </message>
    <message>
        <source>Allocate the size chosen in the toolbar (Insert or Enter in the heap)</source>
        <translation>Die in der Werkzeugleiste gewählte Größe allozieren (Einfg oder Eingabetaste im Heap)</translation>
    </message>
    <message>
        <source>&amp;Free Selected</source>
        <translation>Auswahl &amp;freigeben</translation>
    </message>
    <message>
        <source>Free the selected block (Delete in the heap, or click a used block)</source>
        <translation>Den ausgewählten Block freigeben (Entf im Heap oder Klick auf einen belegten Block)</translation>
    </message>
    <message>
        <source>&amp;Reset Heap…</source>
        <translation>Heap &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Zoom Heap &amp;In</source>
        <translation>Heap &amp;vergrößern</translation>
    </message>
    <message>
        <source>Zoom Heap &amp;Out</source>
        <translation>Heap ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Heap</source>
        <translation>Ganzen Heap &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Animate Changes</source>
        <translation>Änderungen &amp;animieren</translation>
    </message>
    <message>
        <source>Free List &amp;Links</source>
        <translation>Verkettung der F&amp;reiliste</translation>
    </message>
    <message>
        <source>Arrows from each free block to the next in the free list</source>
        <translation>Pfeile von jedem freien Block zum nächsten in der Freiliste</translation>
    </message>
    <message>
        <source>&amp;About Heapboard</source>
        <translation>Ü&amp;ber Heapboard</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>L&amp;egende</translation>
    </message>
    <message>
        <source>What free, used and changed blocks look like</source>
        <translation>Wie freie, belegte und geänderte Blöcke aussehen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Request size</source>
        <translation>Angeforderte Größe</translation>
    </message>
    <message>
        <source>Size of the next malloc</source>
        <translation>Größe des nächsten malloc</translation>
    </message>
    <message>
        <source>Request size unit</source>
        <translation>Einheit der angeforderten Größe</translation>
    </message>
    <message>
        <source>Placement policy</source>
        <translation>Platzierungsstrategie</translation>
    </message>
    <message>
        <source>Where malloc places a block</source>
        <translation>Wohin malloc einen Block legt</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Größe </translation>
    </message>
    <message>
        <source> Policy </source>
        <translation> Strategie </translation>
    </message>
    <message>
        <source>Filter (label, state, address)…</source>
        <translation>Filter (Bezeichnung, Zustand, Adresse)…</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The heap is locked while presenting: %1 allows edits.</source>
        <translation>Der Heap ist beim Präsentieren gesperrt: %1 erlaubt Änderungen.</translation>
    </message>
    <message>
        <source>Locked while presenting: %1 allows edits</source>
        <translation>Beim Präsentieren gesperrt: %1 erlaubt Änderungen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>About Heapboard</source>
        <translation>Über Heapboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Heapboard %1&lt;/h3&gt;&lt;p&gt;A visual heap explorer: watch malloc and free split and merge blocks, step through scenarios, and see where a trace&apos;s fragmentation comes from.&lt;/p&gt;&lt;p&gt;The default mode reproduces a first-fit allocator with an address-ordered free list, pointer for pointer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Heapboard %1&lt;/h3&gt;&lt;p&gt;Ein visueller Heap-Explorer: Sehen Sie zu, wie malloc und free Blöcke teilen und verschmelzen, gehen Sie Szenarien Schritt für Schritt durch und finden Sie heraus, woher die Fragmentierung eines Traces kommt.&lt;/p&gt;&lt;p&gt;Der Standardmodus bildet einen First-Fit-Allokator mit adressgeordneter Freiliste nach, Zeiger für Zeiger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>den Schritt</translation>
    </message>
    <message>
        <source>the %1 steps</source>
        <translation>die %1 Schritte</translation>
    </message>
    <message>
        <source>%1 replaced %2 after step %3. Undo (Ctrl+Z) brings them back.</source>
        <translation>%1 hat %2 nach Schritt %3 ersetzt. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Select a used block first: click it, or move to it with Up and Down.</source>
        <translation>Wählen Sie zuerst einen belegten Block aus: Klicken Sie ihn an, oder gehen Sie mit den Pfeiltasten auf und ab zu ihm.</translation>
    </message>
    <message>
        <source>Reset Heap</source>
        <translation>Heap zurücksetzen</translation>
    </message>
    <message>
        <source>Start over with an empty heap. Undo (Ctrl+Z) brings the current steps back.</source>
        <translation>Mit einem leeren Heap neu beginnen. Rückgängig (Strg+Z) holt die aktuellen Schritte zurück.</translation>
    </message>
    <message>
        <source>Recover Unsaved Steps</source>
        <translation>Ungesicherte Schritte wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Heapboard ended without saving “%1”: %n step(s), autosaved %2.</source>
        <translation>
            <numerusform>Heapboard wurde beendet, ohne „%1“ zu speichern: %n Schritt, automatisch gesichert %2.</numerusform>
            <numerusform>Heapboard wurde beendet, ohne „%1“ zu speichern: %n Schritte, automatisch gesichert %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore opens them as an unsaved document; Discard deletes them for good.</source>
        <translation>Wiederherstellen öffnet sie als ungespeichertes Dokument; Verwerfen löscht sie endgültig.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New Heap</source>
        <translation>&amp;Neuer Heap</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario (.heap) or import a malloclab trace (.rep)</source>
        <translation>Ein Szenario (.heap) öffnen oder einen malloclab-Trace (.rep) importieren</translation>
    </message>
    <message>
        <source>&amp;Import Trace…</source>
        <translation>Trace &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Trace</source>
        <translation>Trace importieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>S&amp;tart Page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>&amp;Narrate Step…</source>
        <translation>Schritt &amp;erläutern…</translation>
    </message>
    <message>
        <source>Write the sentence shown under the heap for the current step (before the first step: the title)</source>
        <translation>Den Satz schreiben, der für den aktuellen Schritt unter dem Heap steht (vor dem ersten Schritt: den Titel)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Scenarios, traces and recordings (*.heap *.rep *.hrec);;Scenarios (*.heap);;malloclab traces (*.rep);;heapboard-record recordings (*.hrec);;All files (*)</source>
        <translation>Szenarien, Traces und Aufzeichnungen (*.heap *.rep *.hrec);;Szenarien (*.heap);;malloclab-Traces (*.rep);;Aufzeichnungen von heapboard-record (*.hrec);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1[*] — Heapboard</source>
        <translation>%1[*] — Heapboard</translation>
    </message>
    <message>
        <source>Saved %1 steps to %2.</source>
        <translation>%1 Schritte in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opening %1 was canceled; nothing changed.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen; nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Unsaved Steps</source>
        <translation>Ungespeicherte Schritte</translation>
    </message>
    <message>
        <source>The current session has steps that are not saved. Save them as a scenario first?</source>
        <translation>Die aktuelle Sitzung hat Schritte, die nicht gespeichert sind. Zuerst als Szenario speichern?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Heapboard scenarios (*.heap)</source>
        <translation>Heapboard-Szenarien (*.heap)</translation>
    </message>
    <message>
        <source>%1 has %2 operations. Replay them on a heap of:</source>
        <translation>%1 hat %2 Operationen. Abspielen auf einem Heap von:</translation>
    </message>
    <message>
        <source>%1 steps. Page Down or Right steps forward, Page Up or Left back, P plays.</source>
        <translation>%1 Schritte. Bild ab oder Pfeil rechts geht einen Schritt vor, Bild auf oder Pfeil links zurück, P spielt ab.</translation>
    </message>
    <message>
        <source>peak live bytes</source>
        <translation>Höchststand belegter Bytes</translation>
    </message>
    <message>
        <source>Replayed %1 operations of %2. Drag the timeline or press Page Up/Down to step through them.</source>
        <translation>%1 von %2 Operationen abgespielt. Ziehen Sie die Zeitleiste oder drücken Sie Bild auf/ab, um sie Schritt für Schritt durchzugehen.</translation>
    </message>
    <message>
        <source>Restored %1 as it was when Heapboard ended: %2 steps, not saved yet. Save (Ctrl+S) keeps them.</source>
        <translation>%1 wiederhergestellt, wie es beim Beenden von Heapboard war: %2 Schritte, noch nicht gespeichert. Speichern (Strg+S) behält sie.</translation>
    </message>
    <message>
        <source>Scenario Title</source>
        <translation>Titel des Szenarios</translation>
    </message>
    <message>
        <source>Narrate Step</source>
        <translation>Schritt erläutern</translation>
    </message>
    <message>
        <source>The title, shown before the first step:</source>
        <translation>Der Titel, der vor dem ersten Schritt erscheint:</translation>
    </message>
    <message>
        <source>What step %1 (%2) shows:</source>
        <translation>Was Schritt %1 (%2) zeigt:</translation>
    </message>
    <message>
        <source>Step %1 / %2: %3</source>
        <translation>Schritt %1 / %2: %3</translation>
    </message>
    <message>
        <source>Exported the view.</source>
        <translation>Ansicht exportiert.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the steps one after another (P)</source>
        <translation>Die Schritte nacheinander abspielen (P)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>How fast Play steps</source>
        <translation>Wie schnell Abspielen voranschreitet</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>&amp;Quizmodus</translation>
    </message>
    <message>
        <source>Quiz mode is off.</source>
        <translation>Quizmodus ist aus.</translation>
    </message>
    <message>
        <source>Filter blocks</source>
        <translation>Blöcke filtern</translation>
    </message>
    <message>
        <source>Live %1  ·  Free %2  ·  Blocks %3 used, %4 free  ·  Largest free %5  ·  External fragmentation %6%  ·  Peak utilization %7%</source>
        <translation>Belegt %1  ·  Frei %2  ·  Blöcke %3 belegt, %4 frei  ·  Größter freier Block %5  ·  Externe Fragmentierung %L6 %  ·  Spitzenauslastung %L7 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ask the lesson&apos;s questions before the steps they are about (in a file without questions, before every step); the next step key reveals the result</source>
        <translation>Die Fragen der Lektion vor den Schritten stellen, um die es geht (in einer Datei ohne Fragen vor jedem Schritt); die Taste für den nächsten Schritt deckt das Ergebnis auf</translation>
    </message>
    <message>
        <source>Quiz mode: a question comes before the step it is about. Predict, then step again to reveal.</source>
        <translation>Quizmodus: Vor jedem Schritt, um den es geht, kommt eine Frage. Erst vorhersagen, dann mit dem nächsten Schritt aufdecken.</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>New OSTEP &amp;Workload…</source>
        <translation>Neue OSTEP-&amp;Arbeitslast…</translation>
    </message>
    <message>
        <source>Open a workload of OSTEP&apos;s malloc.py homework; without computed answers in quiz mode</source>
        <translation>Eine Arbeitslast der malloc.py-Hausaufgabe von OSTEP öffnen; ohne berechnete Antworten im Quizmodus</translation>
    </message>
    <message>
        <source>OSTEP workload</source>
        <translation>OSTEP-Arbeitslast</translation>
    </message>
    <message>
        <source>%1  ·  Heap %2 of %3</source>
        <translation>%1  ·  Heap %2 von %3</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Title and step above the chart</source>
        <translation>Titel und Schritt über dem Diagramm</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart over time as PNG, SVG or PDF</source>
        <translation>Das Diagramm über die Zeit als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Heap over time</source>
        <translation>Heap über die Zeit</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <source>Exported the chart.</source>
        <translation>Diagramm exportiert.</translation>
    </message>
    <message>
        <source>&amp;Compare Policies…</source>
        <translation>Strategien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Run the document&apos;s steps under several policies side by side</source>
        <translation>Die Schritte des Dokuments unter mehreren Strategien nebeneinander ausführen</translation>
    </message>
    <message>
        <source>As recorded, blocks go only where the recording put them. To add requests of your own, choose a policy in the Policy box first.</source>
        <translation>Wie aufgezeichnet kommen Blöcke nur dorthin, wo die Aufzeichnung sie hinlegte. Um eigene Anforderungen hinzuzufügen, zuerst im Feld Strategie eine Strategie wählen.</translation>
    </message>
    <message>
        <source>Traces and recordings (*.rep *.hrec);;malloclab traces (*.rep);;heapboard-record recordings (*.hrec);;All files (*)</source>
        <translation>Traces und Aufzeichnungen (*.rep *.hrec);;malloclab-Traces (*.rep);;heapboard-record-Aufzeichnungen (*.hrec);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 Replayed the %2 operations before it.</source>
        <translation>%1 Die %2 Operationen davor wurden abgespielt.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>Narration</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Start · %1 steps</source>
        <translation>Anfang · %1 Schritte</translation>
    </message>
    <message>
        <source>Step %1 / %2 · %3</source>
        <translation>Schritt %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Step %1 / %2 · quiz</source>
        <translation>Schritt %1 / %2 · Quiz</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
</context>
<context>
    <name>OperationInput</name>
    <message>
        <source>%1: type a size in bytes, such as 80, or 2K for 2048.</source>
        <translation>%1: Geben Sie eine Größe in Byte ein, etwa 80 oder 2K für 2048.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number; type a whole number of bytes, such as 80, or 2K for 2048.</source>
        <translation>%1: &apos;%2&apos; ist keine Zahl; geben Sie eine ganze Zahl von Bytes ein, etwa 80 oder 2K für 2048.</translation>
    </message>
    <message>
        <source>%1: %2 is more than the whole heap (%3); no block could ever hold it.</source>
        <translation>%1: %2 ist mehr als der ganze Heap (%3); kein Block könnte das je fassen.</translation>
    </message>
    <message>
        <source>%1: 0 bytes; %2</source>
        <translation>%1: 0 Byte; %2</translation>
    </message>
    <message>
        <source>%1: type an address, such as 7 or 64K, or a handle&apos;s name.</source>
        <translation>%1: Geben Sie eine Adresse ein, etwa 7 oder 64K, oder den Namen eines Handles.</translation>
    </message>
    <message>
        <source>%1: %2 is past the end of any heap (addresses go up to 2^62).</source>
        <translation>%1: %2 liegt hinter dem Ende jedes Heaps (Adressen reichen bis 2^62).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither an address nor a handle&apos;s name.</source>
        <translation>%1: &apos;%2&apos; ist weder eine Adresse noch der Name eines Handles.</translation>
    </message>
    <message>
        <source>%1: no handle is called &apos;%2&apos; (this scenario has none yet); type an address.</source>
        <translation>%1: Kein Handle heißt &apos;%2&apos; (dieses Szenario hat noch keine); geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <source>%1: no handle is called &apos;%2&apos;; this scenario&apos;s handles are %3.</source>
        <translation>%1: Kein Handle heißt &apos;%2&apos;; die Handles dieses Szenarios sind %3.</translation>
    </message>
    <message>
        <source>%1: type a name.</source>
        <translation>%1: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; cannot name a handle; use letters, digits and _, starting with a letter or _.</source>
        <translation>%1: &apos;%2&apos; taugt nicht als Name eines Handles; verwenden Sie Buchstaben, Ziffern und _, beginnend mit einem Buchstaben oder _.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is a word of the scenario language; choose another name.</source>
        <translation>%1: &apos;%2&apos; ist ein Wort der Szenariosprache; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; already names another handle; choose another name.</source>
        <translation>%1: &apos;%2&apos; bezeichnet schon ein anderes Handle; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>OstepDialog</name>
    <message>
        <source>New OSTEP Workload</source>
        <translation>Neue OSTEP-Arbeitslast</translation>
    </message>
    <message>
        <source>The workload of OSTEP&apos;s free-space homework, malloc.py (chapter 17), with its options. Without “compute answers” it opens in quiz mode: the class predicts each answer before it is revealed.</source>
        <translation>Die Arbeitslast der Freispeicher-Hausaufgabe von OSTEP, malloc.py (Kapitel 17), mit ihren Optionen. Ohne „Antworten berechnen“ öffnet sie sich im Quizmodus: Die Studierenden sagen jede Antwort voraus, bevor sie aufgedeckt wird.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>BEST: the smallest block that fits</source>
        <translation>BEST: der kleinste Block, der passt</translation>
    </message>
    <message>
        <source>WORST: the largest block</source>
        <translation>WORST: der größte Block</translation>
    </message>
    <message>
        <source>FIRST: the first block that fits</source>
        <translation>FIRST: der erste Block, der passt</translation>
    </message>
    <message>
        <source>ADDRSORT: by address</source>
        <translation>ADDRSORT: nach Adresse</translation>
    </message>
    <message>
        <source>SIZESORT+: by size, smallest first</source>
        <translation>SIZESORT+: nach Größe, kleinster zuerst</translation>
    </message>
    <message>
        <source>SIZESORT-: by size, largest first</source>
        <translation>SIZESORT-: nach Größe, größter zuerst</translation>
    </message>
    <message>
        <source>INSERT-FRONT: freed blocks first</source>
        <translation>INSERT-FRONT: freigegebene Blöcke vorne</translation>
    </message>
    <message>
        <source>INSERT-BACK: freed blocks last</source>
        <translation>INSERT-BACK: freigegebene Blöcke hinten</translation>
    </message>
    <message>
        <source>Coal&amp;esce the free list after each free (-C)</source>
        <translation>Freiliste nach jedem free &amp;verschmelzen (-C)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>e.g. +10,+20,-0</source>
        <translation>z. B. +10,+20,-0</translation>
    </message>
    <message>
        <source>Instead of the random workload: +Size allocates, -Index frees ptr[Index]</source>
        <translation>Statt der zufälligen Arbeitslast: +Größe alloziert, -Index gibt ptr[Index] frei</translation>
    </message>
    <message>
        <source>&amp;Compute answers (-c): show every result at once, no quiz</source>
        <translation>Antworten b&amp;erechnen (-c): alle Ergebnisse sofort zeigen, kein Quiz</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the command line, to hand out with the homework</source>
        <translation>Die Kommandozeile kopieren, um sie mit der Hausaufgabe auszugeben</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Heap si&amp;ze (-S):</source>
        <translation>Heap-&amp;Größe (-S):</translation>
    </message>
    <message>
        <source>&amp;Base address (-b):</source>
        <translation>&amp;Basisadresse (-b):</translation>
    </message>
    <message>
        <source>&amp;Header size (-H):</source>
        <translation>&amp;Header-Größe (-H):</translation>
    </message>
    <message>
        <source>A&amp;lignment (-a):</source>
        <translation>A&amp;usrichtung (-a):</translation>
    </message>
    <message>
        <source>&amp;Policy (-p):</source>
        <translation>S&amp;trategie (-p):</translation>
    </message>
    <message>
        <source>List o&amp;rder (-l):</source>
        <translation>&amp;Reihenfolge der Liste (-l):</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>&amp;Seed (-s):</source>
        <translation>&amp;Startwert (-s):</translation>
    </message>
    <message>
        <source>&amp;Operations (-n):</source>
        <translation>O&amp;perationen (-n):</translation>
    </message>
    <message>
        <source>Lar&amp;gest size (-r):</source>
        <translation>&amp;Maximale Größe (-r):</translation>
    </message>
    <message>
        <source>&amp;Allocations (-P):</source>
        <translation>Allokatio&amp;nen (-P):</translation>
    </message>
    <message>
        <source>Ops l&amp;ist (-A):</source>
        <translation>Operations&amp;liste (-A):</translation>
    </message>
    <message>
        <source>Comma&amp;nd line:</source>
        <translation>&amp;Kommandozeile:</translation>
    </message>
</context>
<context>
    <name>OstepWorkload</name>
    <message>
        <source>-h and --scenario belong to heapboard-cli ostep; the window opens the workload</source>
        <translation>-h und --scenario gehören zu heapboard-cli ostep; das Fenster öffnet die Arbeitslast</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>0.5 steps/s</source>
        <translation>0,5 Schritte/s</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 Schritt/s</translation>
    </message>
    <message>
        <source>2 steps/s</source>
        <translation>2 Schritte/s</translation>
    </message>
    <message>
        <source>4 steps/s</source>
        <translation>4 Schritte/s</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen with large type for projection; Esc leaves</source>
        <translation>Vollbild mit großer Schrift für die Projektion; Esc beendet</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation>Bildschirm &amp;schwärzen</translation>
    </message>
    <message>
        <source>Allow &amp;Edits While Presenting</source>
        <translation>&amp;Bearbeiten beim Präsentieren erlauben</translation>
    </message>
    <message>
        <source>Presenting locks the heap against stray clicks; this allows edits again</source>
        <translation>Beim Präsentieren ist der Heap gegen versehentliche Klicks gesperrt; dies erlaubt wieder Änderungen</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Schrift &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Schrift k&amp;leiner</translation>
    </message>
    <message>
        <source>&amp;Normal Text</source>
        <translation>&amp;Normale Schrift</translation>
    </message>
    <message>
        <source>&amp;Projection Text Size</source>
        <translation>Schriftgröße für Pro&amp;jektion</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>narrate step %1</source>
        <translation>Schritt %1 erläutern</translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>1 byte at %1</source>
        <translation>1 Byte bei %1</translation>
    </message>
    <message>
        <source>%1 bytes at %2</source>
        <translation>%1 Byte bei %2</translation>
    </message>
    <message>
        <source>free block, %1</source>
        <translation>freier Block, %1</translation>
    </message>
    <message>
        <source>used block, %1</source>
        <translation>belegter Block, %1</translation>
    </message>
    <message>
        <source>block %1, used, %2</source>
        <translation>Block %1, belegt, %2</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Next: %1 — which address does it return, and what stays free?</source>
        <translation>Als Nächstes: %1 – welche Adresse liefert es, und was bleibt frei?</translation>
    </message>
    <message>
        <source>Next: %1 — what will the free list be after it?</source>
        <translation>Als Nächstes: %1 – wie sieht die Freiliste danach aus?</translation>
    </message>
    <message>
        <source>Next: %1 — will the block stay in place or move, and where?</source>
        <translation>Als Nächstes: %1 – bleibt der Block, wo er ist, oder wird er verschoben, und wohin?</translation>
    </message>
    <message>
        <source>Next: %1 — what changes for the next malloc?</source>
        <translation>Als Nächstes: %1 – was ändert sich für das nächste malloc?</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <translation>Als Nächstes: %1 – %2</translation>
    </message>
</context>
<context>
    <name>ReplaySnapshot</name>
    <message>
        <source>Step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Heap page and presentation clicker</source>
        <translation>Heap-Seite und Präsentationsfernbedienung</translation>
    </message>
    <message>
        <source>Heapboard Keyboard Shortcuts</source>
        <translation>Tastenkürzel von Heapboard</translation>
    </message>
    <message>
        <source>Print Keyboard Shortcuts</source>
        <translation>Tastenkürzel drucken</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h1&gt;Heapboard&lt;/h1&gt;&lt;p&gt;Watch malloc and free split and merge blocks. Pick a lesson to step through, or start with an empty heap and click.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Heapboard&lt;/h1&gt;&lt;p&gt;Sehen Sie zu, wie malloc und free Blöcke teilen und verschmelzen. Wählen Sie eine Lektion, um sie Schritt für Schritt durchzugehen, oder beginnen Sie mit einem leeren Heap und klicken Sie los.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Empty Heap</source>
        <translation>&amp;Leerer Heap</translation>
    </message>
    <message>
        <source>A fresh 1 KiB heap: click free space to allocate, a block to free it</source>
        <translation>Ein frischer Heap von 1 KiB: Klicken Sie auf freien Speicher, um zu allozieren, auf einen Block, um ihn freizugeben</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A scenario (.heap) or a malloclab trace (.rep)</source>
        <translation>Ein Szenario (.heap) oder ein malloclab-Trace (.rep)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>StatsText</name>
    <message>
        <source>External fragmentation %1%  ·  Peak utilization %2%</source>
        <translation>Externe Fragmentierung %L1 %  ·  Spitzenauslastung %L2 %</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <source>first fit</source>
        <translation>First Fit</translation>
    </message>
    <message>
        <source>next fit</source>
        <translation>Next Fit</translation>
    </message>
    <message>
        <source>best fit</source>
        <translation>Best Fit</translation>
    </message>
    <message>
        <source>worst fit</source>
        <translation>Worst Fit</translation>
    </message>
    <message>
        <source>%1: needs %2, nothing is free</source>
        <translation>%1: braucht %2, nichts ist frei</translation>
    </message>
    <message>
        <source>%1: needs %2, largest free %3</source>
        <translation>%1: braucht %2, größter freier Block %3</translation>
    </message>
    <message>
        <source>outside the heap, which ends at %1; marked at its end</source>
        <translation>außerhalb des Heaps, der bei %1 endet; an seinem Ende markiert</translation>
    </message>
    <message>
        <source>not a block start (inside the used block at %1)</source>
        <translation>kein Blockanfang (im belegten Block bei %1)</translation>
    </message>
    <message>
        <source>not a block start (inside the free block at %1)</source>
        <translation>kein Blockanfang (im freien Block bei %1)</translation>
    </message>
    <message>
        <source>the block there is another one now, left alone</source>
        <translation>der Block dort ist inzwischen ein anderer und bleibt unberührt</translation>
    </message>
    <message>
        <source>the block there is already free</source>
        <translation>der Block dort ist schon frei</translation>
    </message>
    <message>
        <source>double free: freed by step %1 at %2; %3</source>
        <translation>doppelte Freigabe: freigegeben in Schritt %1 bei %2; %3</translation>
    </message>
    <message>
        <source>rest %1</source>
        <translation>Rest %1</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>neu %1</translation>
    </message>
    <message>
        <source>was %1 at %2</source>
        <translation>war %1 bei %2</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>freed %1</source>
        <translation>%1 freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>merged %1 from %n blocks</source>
        <translation>
            <numerusform>%1 aus %n Block verschmolzen</numerusform>
            <numerusform>%1 aus %n Blöcken verschmolzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 puts %2 at %3</source>
        <translation>%1 legt %2 bei %3 an</translation>
    </message>
    <message>
        <source>no free block of %1; largest free %2</source>
        <translation>kein freier Block mit %1; größter freier Block %2</translation>
    </message>
    <message>
        <source>heap grew %1</source>
        <translation>Heap wuchs um %1</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>wie aufgezeichnet</translation>
    </message>
    <message>
        <source>%1: needs %2 where the recording put it, and those bytes are not free</source>
        <translation>%1: braucht %2 dort, wo die Aufzeichnung ihn hinlegte, und diese Bytes sind nicht frei</translation>
    </message>
    <message>
        <source>as recorded: choose a policy to place blocks of your own</source>
        <translation>wie aufgezeichnet: für eigene Blöcke eine Strategie wählen</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>malloc(%1)</source>
        <translation>malloc(%1)</translation>
    </message>
    <message>
        <source>free(%1)</source>
        <translation>free(%1)</translation>
    </message>
    <message>
        <source>realloc(%1, %2)</source>
        <translation>realloc(%1, %2)</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>free %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>reset heap</source>
        <translation>Heap zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TimelineSlider</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drag to move through every step of the history</source>
        <translation>Ziehen, um sich durch alle Schritte des Verlaufs zu bewegen</translation>
    </message>
    <message>
        <source>Drag to move through every step of the history; ▲ marks step %1 (%2)</source>
        <translation>Ziehen, um sich durch alle Schritte des Verlaufs zu bewegen; ▲ markiert Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>Drag to move through every step of the history; ticks above mark %1 (%2)</source>
        <translation>Ziehen, um durch alle Schritte des Verlaufs zu gehen; Striche darüber markieren %1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Heapboard User Guide</source>
        <translation>Heapboard-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Back to the list of sections (Alt+Up)</source>
        <translation>Zurück zur Liste der Abschnitte (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This build of Heapboard has no user guide. The README and &lt;code&gt;man heapboard&lt;/code&gt; describe the program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Build von Heapboard enthält kein Benutzerhandbuch. Das README und &lt;code&gt;man heapboard&lt;/code&gt; beschreiben das Programm.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s New in Heapboard</source>
        <translation>Neuigkeiten in Heapboard</translation>
    </message>
    <message>
        <source>What&apos;s new in Heapboard %1</source>
        <translation>Neu in Heapboard %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first release: everything below is new.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die erste Version: Alles Folgende ist neu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Watching the heap</source>
        <translation>Den Heap beobachten</translation>
    </message>
    <message>
        <source>First, next, best and worst fit, &lt;code&gt;realloc&lt;/code&gt;, and the errors of a failed &lt;code&gt;malloc&lt;/code&gt;, an invalid free and a double free.</source>
        <translation>First Fit, Next Fit, Best Fit und Worst Fit, &lt;code&gt;realloc&lt;/code&gt; sowie die Fehler eines fehlgeschlagenen &lt;code&gt;malloc&lt;/code&gt;, einer ungültigen und einer doppelten Freigabe.</translation>
    </message>
    <message>
        <source>Each step marks the blocks it touched, with a badge: new (+), split (÷), freed (−), merged (⋈). A failed &lt;code&gt;malloc&lt;/code&gt; leaves a ghost of the size it needed, and hovering free space shows where the next one would land.</source>
        <translation>Jeder Schritt kennzeichnet die Blöcke, die er berührt hat, mit einem Symbol: neu (+), geteilt (÷), freigegeben (−), verschmolzen (⋈). Ein fehlgeschlagenes &lt;code&gt;malloc&lt;/code&gt; hinterlässt ein Geisterbild der Größe, die es gebraucht hätte, und wenn der Mauszeiger über freiem Speicher steht, ist zu sehen, wo das nächste landen würde.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Layout&lt;/span&gt;: the heap in rows like a memory map, or as one strip like a textbook figure.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Darstellung&lt;/span&gt;: der Heap in Zeilen wie eine Speicherkarte oder als ein einziger Streifen wie eine Lehrbuchabbildung.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Free List&lt;/span&gt; (&lt;kbd&gt;L&lt;/kbd&gt;) shows the free list in the allocator&apos;s order; &lt;span class=&quot;menu&quot;&gt;View &amp;gt; Free List Links&lt;/span&gt; draws it over the heap; &lt;span class=&quot;menu&quot;&gt;View &amp;gt; Legend&lt;/span&gt; explains the picture.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Freiliste&lt;/span&gt; (&lt;kbd&gt;L&lt;/kbd&gt;) zeigt die Freiliste in der Reihenfolge des Allokators; &lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Verkettung der Freiliste&lt;/span&gt; zeichnet sie über den Heap; &lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Legende&lt;/span&gt; erklärt das Bild.</translation>
    </message>
    <message>
        <source>Zoomed in, an overview strip shows the whole heap and where you are.</source>
        <translation>Bei starker Vergrößerung zeigt ein Übersichtsstreifen den ganzen Heap und wo Sie sich gerade befinden.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Theme&lt;/span&gt;: light, dark, high contrast and color-blind safe, for the whole window.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Farbschema&lt;/span&gt;: hell, dunkel, hoher Kontrast und für Farbsehschwäche geeignet, für das ganze Fenster.</translation>
    </message>
    <message>
        <source>Working with steps</source>
        <translation>Mit Schritten arbeiten</translation>
    </message>
    <message>
        <source>The player under the heap steps forwards and backwards, plays at four speeds, and has a timeline to drag.</source>
        <translation>Die Wiedergabeleiste unter dem Heap geht Schritte vor und zurück, spielt in vier Geschwindigkeiten ab und hat eine Zeitleiste zum Ziehen.</translation>
    </message>
    <message>
        <source>Undo and redo put every step back exactly, also the ones that an edit in the middle replaced.</source>
        <translation>Rückgängig und Wiederherstellen stellen jeden Schritt exakt wieder her, auch die, die eine Änderung mittendrin ersetzt hat.</translation>
    </message>
    <message>
        <source>Right-click a block for Free, Realloc…, Rename Handle… and Copy Address; &lt;span class=&quot;menu&quot;&gt;Edit &amp;gt; Free Address…&lt;/span&gt; frees any address, to show an invalid or a double free.</source>
        <translation>Ein Rechtsklick auf einen Block bietet Freigeben, Realloc…, Handle umbenennen… und Adresse kopieren; &lt;span class=&quot;menu&quot;&gt;Bearbeiten &amp;gt; Adresse freigeben…&lt;/span&gt; gibt eine beliebige Adresse frei, um eine ungültige oder eine doppelte Freigabe zu zeigen.</translation>
    </message>
    <message>
        <source>Scenarios: &lt;span class=&quot;menu&quot;&gt;File &amp;gt; Save&lt;/span&gt; writes what you did as a &lt;code&gt;.heap&lt;/code&gt; file, and &lt;span class=&quot;menu&quot;&gt;Edit &amp;gt; Narrate Step…&lt;/span&gt; explains a step.</source>
        <translation>Szenarien: &lt;span class=&quot;menu&quot;&gt;Datei &amp;gt; Speichern&lt;/span&gt; schreibt, was Sie getan haben, in eine &lt;code&gt;.heap&lt;/code&gt;-Datei, und &lt;span class=&quot;menu&quot;&gt;Bearbeiten &amp;gt; Schritt erläutern…&lt;/span&gt; erklärt einen Schritt.</translation>
    </message>
    <message>
        <source>Unsaved steps are saved in the background and offered again after a crash.</source>
        <translation>Ungespeicherte Schritte werden im Hintergrund gesichert und nach einem Absturz wieder angeboten.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;File &amp;gt; Import Trace…&lt;/span&gt; replays a malloclab trace, even one of a million operations, and opens it where the most bytes are live.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Datei &amp;gt; Trace importieren…&lt;/span&gt; spielt einen malloclab-Trace ab, selbst einen mit einer Million Operationen, und öffnet ihn dort, wo die meisten Bytes belegt sind.</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Lehre</translation>
    </message>
    <message>
        <source>Narrated lessons, from a first look at splitting and merging to a real trace, on the start page and in the &lt;span class=&quot;menu&quot;&gt;Lessons&lt;/span&gt; menu.</source>
        <translation>Lektionen mit Erläuterungen, von einem ersten Blick auf Teilen und Verschmelzen bis zu einem echten Trace, auf der Startseite und im Menü &lt;span class=&quot;menu&quot;&gt;Lektionen&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Present&lt;/span&gt; (&lt;kbd&gt;F5&lt;/kbd&gt;): full screen, with text sized for the room, a locked heap and clicker keys; &lt;kbd&gt;B&lt;/kbd&gt; blanks the screen.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Präsentieren&lt;/span&gt; (&lt;kbd&gt;F5&lt;/kbd&gt;): Vollbild mit einer Schriftgröße passend zum Raum, gesperrtem Heap und Tasten für Präsentationsfernbedienungen; &lt;kbd&gt;B&lt;/kbd&gt; schwärzt den Bildschirm.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Quiz Mode&lt;/span&gt; (&lt;kbd&gt;Q&lt;/kbd&gt;) asks what each step of a lesson will do before it shows it.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Quizmodus&lt;/span&gt; (&lt;kbd&gt;Q&lt;/kbd&gt;) fragt bei jedem Schritt einer Lektion, was er bewirken wird, bevor er es zeigt.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;File &amp;gt; Export View…&lt;/span&gt; saves the heap as PNG, SVG or PDF for slides and handouts.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Datei &amp;gt; Ansicht exportieren…&lt;/span&gt; speichert den Heap als PNG, SVG oder PDF für Folien und Handouts.</translation>
    </message>
    <message>
        <source>Help and the desktop</source>
        <translation>Hilfe und Desktop</translation>
    </message>
    <message>
        <source>Help for every day: &lt;span class=&quot;menu&quot;&gt;Help &amp;gt; User Guide&lt;/span&gt;, &lt;span class=&quot;menu&quot;&gt;Help &amp;gt; What&apos;s New&lt;/span&gt; (this page) and &lt;span class=&quot;menu&quot;&gt;Help &amp;gt; Keyboard Shortcuts&lt;/span&gt; (&lt;kbd&gt;F1&lt;/kbd&gt;), which prints.</source>
        <translation>Hilfe für jeden Tag: &lt;span class=&quot;menu&quot;&gt;Hilfe &amp;gt; Benutzerhandbuch&lt;/span&gt;, &lt;span class=&quot;menu&quot;&gt;Hilfe &amp;gt; Neuigkeiten&lt;/span&gt; (diese Seite) und &lt;span class=&quot;menu&quot;&gt;Hilfe &amp;gt; Tastenkürzel&lt;/span&gt; (&lt;kbd&gt;F1&lt;/kbd&gt;), auch zum Ausdrucken.</translation>
    </message>
    <message>
        <source>Screen readers hear each block and each step; every control has a name and can be reached with &lt;kbd&gt;Tab&lt;/kbd&gt;.</source>
        <translation>Screenreader lesen jeden Block und jeden Schritt vor; jedes Bedienelement hat einen Namen und ist mit &lt;kbd&gt;Tab&lt;/kbd&gt; erreichbar.</translation>
    </message>
    <message>
        <source>Heapboard installs with a menu entry, an icon and manual pages, opens &lt;code&gt;.heap&lt;/code&gt; and &lt;code&gt;.rep&lt;/code&gt; files from the file manager, and comes as a Debian package.</source>
        <translation>Heapboard wird mit Menüeintrag, Symbol und Handbuchseiten installiert, öffnet &lt;code&gt;.heap&lt;/code&gt;- und &lt;code&gt;.rep&lt;/code&gt;-Dateien aus dem Dateimanager und ist als Debian-Paket erhältlich.</translation>
    </message>
    <message>
        <source>&lt;code&gt;heapboard-cli&lt;/code&gt; checks scenarios, draws pictures and replays traces as JSON, without a display.</source>
        <translation>&lt;code&gt;heapboard-cli&lt;/code&gt; prüft Szenarien, zeichnet Bilder und spielt Traces als JSON ab, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>Allocators, comparisons and real programs</source>
        <translation>Allokatoren, Vergleiche und echte Programme</translation>
    </message>
    <message>
        <source>Allocator settings in &lt;span class=&quot;menu&quot;&gt;Edit &amp;gt; Reset Heap…&lt;/span&gt;: headers, alignment, a minimum block, five free-list orders, four ways of coalescing and a heap that grows at its top, as &lt;code&gt;sbrk&lt;/code&gt; does; &lt;span class=&quot;menu&quot;&gt;File &amp;gt; New OSTEP Workload…&lt;/span&gt; opens OSTEP&apos;s &lt;code&gt;malloc.py&lt;/code&gt; homework as it is.</source>
        <translation>Allokator-Einstellungen unter &lt;span class=&quot;menu&quot;&gt;Bearbeiten &amp;gt; Heap zurücksetzen…&lt;/span&gt;: Header, Ausrichtung, ein Mindestblock, fünf Reihenfolgen der Freiliste, vier Arten des Verschmelzens und ein Heap, der oben wächst wie mit &lt;code&gt;sbrk&lt;/code&gt;; &lt;span class=&quot;menu&quot;&gt;Datei &amp;gt; Neue OSTEP-Arbeitslast…&lt;/span&gt; öffnet die &lt;code&gt;malloc.py&lt;/code&gt;-Hausaufgabe von OSTEP unverändert.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Chart&lt;/span&gt; (&lt;kbd&gt;C&lt;/kbd&gt;) draws live and free bytes, the largest free block, fragmentation and free blocks over every step; click it to go to a step.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Diagramm&lt;/span&gt; (&lt;kbd&gt;C&lt;/kbd&gt;) zeichnet belegte und freie Bytes, den größten freien Block, die Fragmentierung und die freien Blöcke über alle Schritte; ein Klick geht zu einem Schritt.</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;menu&quot;&gt;View &amp;gt; Compare Policies…&lt;/span&gt; runs the same steps under two to four policies side by side; there the D key goes to the next step where they differ, and a summary table says which did better.</source>
        <translation>&lt;span class=&quot;menu&quot;&gt;Ansicht &amp;gt; Strategien vergleichen…&lt;/span&gt; führt dieselben Schritte unter zwei bis vier Strategien nebeneinander aus; dort geht die Taste D zum nächsten Schritt, in dem sie abweichen, und eine Zusammenfassung zeigt, welche besser abschnitt.</translation>
    </message>
    <message>
        <source>&lt;code&gt;heapboard-record&lt;/code&gt; records the heap of any program; Heapboard opens the &lt;code&gt;.hrec&lt;/code&gt; file like a trace.</source>
        <translation>&lt;code&gt;heapboard-record&lt;/code&gt; zeichnet den Heap eines beliebigen Programms auf; Heapboard öffnet die &lt;code&gt;.hrec&lt;/code&gt;-Datei wie einen Trace.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A visual heap explorer: malloc, free, split and merge.</source>
        <translation>Ein visueller Heap-Explorer: malloc, free, Teilen und Verschmelzen.</translation>
    </message>
    <message>
        <source>A scenario (.heap) or a malloclab trace (.rep) to open.</source>
        <translation>Ein Szenario (.heap) oder ein malloclab-Trace (.rep) zum Öffnen.</translation>
    </message>
    <message>
        <source>Open the workload of OSTEP&apos;s malloc.py run with these options (&quot;-s 3 -n 10 -H 4&quot;); without -c in quiz mode.</source>
        <translation>Die Arbeitslast von OSTEPs malloc.py mit diesen Optionen öffnen („-s 3 -n 10 -H 4“); ohne -c im Quizmodus.</translation>
    </message>
    <message>
        <source>give a file or --ostep, not both</source>
        <translation>entweder eine Datei oder --ostep angeben, nicht beides</translation>
    </message>
    <message>
        <source>Open the compare view: the scenario or trace in FILE under all four policies, side by side; a recording (.hrec) as recorded and under first fit.</source>
        <translation>Die Vergleichsansicht öffnen: das Szenario oder den Trace in FILE unter allen vier Strategien nebeneinander; eine Aufzeichnung (.hrec) wie aufgezeichnet und unter First Fit.</translation>
    </message>
</context>
</TS>
