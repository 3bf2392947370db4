// SPDX-License-Identifier: MIT
#include "whatsnewdialog.h"

#include <QApplication>
#include <QTextBrowser>

WhatsNewDialog::WhatsNewDialog(QWidget *parent)
    : HelpDialog(tr("What's New in Heapboard"), parent)
{
    browser()->setHtml(html(QApplication::applicationVersion()));
}

QString WhatsNewDialog::html(const QString &version)
{
    QString out
        = QStringLiteral("<h2>%1</h2>").arg(tr("What's new in Heapboard %1").arg(version.toHtmlEscaped()));
    out += tr("<p>The first release: everything below is new.</p>");
    for (const Group &group : changes()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(group.title.toHtmlEscaped());
        for (const QString &change : group.changes)
            out += QStringLiteral("<li>%1</li>").arg(change);
        out += QStringLiteral("</ul>");
    }
    return out;
}

namespace {

WhatsNewDialog::Group watchingTheHeap()
{
    return {
        WhatsNewDialog::tr("Watching the heap"),
        { WhatsNewDialog::tr(
              "First, next, best and worst fit, <code>realloc</code>, and the errors of a failed "
              "<code>malloc</code>, an invalid free and a double free."),
          WhatsNewDialog::tr(
              "Each step marks the blocks it touched, with a badge: new (+), split (÷), freed (−), "
              "merged (⋈). A failed <code>malloc</code> leaves a ghost of the size it needed, and "
              "hovering free space shows where the next one would land."),
          WhatsNewDialog::tr(
              "<span class=\"menu\">View &gt; Layout</span>: the heap in rows like a memory map, or as "
              "one strip like a textbook figure."),
          WhatsNewDialog::tr(
              "<span class=\"menu\">View &gt; Free List</span> (<kbd>L</kbd>) shows the free list in the "
              "allocator's order; <span class=\"menu\">View &gt; Free List Links</span> draws it over the "
              "heap; <span class=\"menu\">View &gt; Legend</span> explains the picture."),
          WhatsNewDialog::tr("Zoomed in, an overview strip shows the whole heap and where you are."),
          WhatsNewDialog::tr(
              "<span class=\"menu\">View &gt; Theme</span>: light, dark, high contrast and color-blind "
              "safe, for the whole window.") }
    };
}

WhatsNewDialog::Group workingWithSteps()
{
    return { WhatsNewDialog::tr("Working with steps"),
             { WhatsNewDialog::tr(
                   "The player under the heap steps forwards and backwards, plays at four speeds, and has a "
                   "timeline to drag."),
               WhatsNewDialog::tr(
                   "Undo and redo put every step back exactly, also the ones that an edit in the middle "
                   "replaced."),
               WhatsNewDialog::tr(
                   "Right-click a block for Free, Realloc…, Rename Handle… and Copy Address; "
                   "<span class=\"menu\">Edit &gt; Free Address…</span> frees any address, to show an "
                   "invalid or a double free."),
               WhatsNewDialog::tr(
                   "Scenarios: <span class=\"menu\">File &gt; Save</span> writes what you did as a "
                   "<code>.heap</code> file, and <span class=\"menu\">Edit &gt; Narrate Step…</span> "
                   "explains a step."),
               WhatsNewDialog::tr(
                   "Unsaved steps are saved in the background and offered again after a crash."),
               WhatsNewDialog::tr(
                   "<span class=\"menu\">File &gt; Import Trace…</span> replays a malloclab trace, even "
                   "one of a million operations, and opens it where the most bytes are live.") } };
}

WhatsNewDialog::Group teaching()
{
    return { WhatsNewDialog::tr("Teaching"),
             { WhatsNewDialog::tr(
                   "Narrated lessons, from a first look at splitting and merging to a real trace, on the "
                   "start page and in the <span class=\"menu\">Lessons</span> menu."),
               WhatsNewDialog::tr(
                   "<span class=\"menu\">View &gt; Present</span> (<kbd>F5</kbd>): full screen, with text "
                   "sized for the room, a locked heap and clicker keys; <kbd>B</kbd> blanks the screen."),
               WhatsNewDialog::tr(
                   "<span class=\"menu\">View &gt; Quiz Mode</span> (<kbd>Q</kbd>) asks what each step of a "
                   "lesson will do before it shows it."),
               WhatsNewDialog::tr(
                   "<span class=\"menu\">File &gt; Export View…</span> saves the heap as PNG, SVG or PDF "
                   "for slides and handouts.") } };
}

WhatsNewDialog::Group comparingAndMeasuring()
{
    return { WhatsNewDialog::tr("Allocators, comparisons and real programs"),
             { WhatsNewDialog::tr(
                   "Allocator settings in <span class=\"menu\">Edit &gt; Reset Heap…</span>: headers, "
                   "alignment, a minimum block, five free-list orders, four ways of coalescing and a heap "
                   "that grows at its top, as <code>sbrk</code> does; <span class=\"menu\">File &gt; New "
                   "OSTEP Workload…</span> opens OSTEP's <code>malloc.py</code> homework as it is."),
               WhatsNewDialog::tr(
                   "<span class=\"menu\">View &gt; Chart</span> (<kbd>C</kbd>) draws live and free bytes, "
                   "the largest free block, fragmentation and free blocks over every step; click it to go "
                   "to a step."),
               WhatsNewDialog::tr(
                   "<span class=\"menu\">View &gt; Compare Policies…</span> runs the same steps under two "
                   "to four policies side by side; there the D key goes to the next step where they "
                   "differ, and a summary table says which did better."),
               WhatsNewDialog::tr(
                   "<code>heapboard-record</code> records the heap of any program; Heapboard opens the "
                   "<code>.hrec</code> file like a trace.") } };
}

WhatsNewDialog::Group helpAndTheDesktop()
{
    return { WhatsNewDialog::tr("Help and the desktop"),
             { WhatsNewDialog::tr(
                   "Help for every day: <span class=\"menu\">Help &gt; User Guide</span>, "
                   "<span class=\"menu\">Help &gt; What's New</span> (this page) and "
                   "<span class=\"menu\">Help &gt; Keyboard Shortcuts</span> (<kbd>F1</kbd>), which prints."),
               WhatsNewDialog::tr(
                   "Screen readers hear each block and each step; every control has a name and can be "
                   "reached with <kbd>Tab</kbd>."),
               WhatsNewDialog::tr(
                   "Heapboard installs with a menu entry, an icon and manual pages, opens <code>.heap</code> "
                   "and <code>.rep</code> files from the file manager, and comes as a Debian package."),
               WhatsNewDialog::tr(
                   "<code>heapboard-cli</code> checks scenarios, draws pictures and replays traces as "
                   "JSON, without a display.") } };
}

} // namespace

QList<WhatsNewDialog::Group> WhatsNewDialog::changes()
{
    return { watchingTheHeap(), workingWithSteps(), teaching(), comparingAndMeasuring(),
             helpAndTheDesktop() };
}
