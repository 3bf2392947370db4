// SPDX-License-Identifier: MIT
#include "comparepane.h"

#include "comparesession.h"
#include "focusring.h"
#include "heapmodel.h"
#include "heapoverlay.h"
#include "heappane.h"
#include "heapview.h"
#include "numberformat.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

// Drawn over the view rather than by it: the divergence belongs to the
// compare view, and the heap view knows nothing of other panes.
class ComparePane::Outline : public QWidget
{
public:
    Outline(ComparePane *pane, HeapView *view)
        : QWidget(view)
        , m_pane(pane)
        , m_view(view)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        view->installEventFilter(this);
        connect(view, &HeapView::viewChanged, this, qOverload<>(&QWidget::update));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Resize)
            setGeometry(m_view->rect());
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        const std::optional<heapboard::Span> span = m_pane->outlinedSpan();
        if (!span)
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor color = m_view->heapPalette().selection;
        // Dashed and thick: a shape, not only a color, says "differs here".
        QPen pen(color, 4, Qt::DashLine);
        painter.setPen(pen);
        painter.drawPath(HeapOverlay::outlineStroke(m_view->layoutState(), *span, -3));
    }

private:
    ComparePane *m_pane;
    HeapView *m_view;
};

ComparePane::ComparePane(CompareSession *session, int index, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_index(index)
    , m_header(new QFrame(this))
    , m_title(new QLabel(m_header))
    , m_figures(new QLabel(m_header))
    , m_heap(new HeapPane(session->model(index), this))
    , m_view(m_heap->view())
{
    setObjectName(QStringLiteral("comparePane%1").arg(index));
    setAccessibleName(tr("Pane %1: %2").arg(index + 1).arg(session->paneName(index)));
    setFrameShape(QFrame::StyledPanel);
    m_header->setObjectName(QStringLiteral("paneHeader"));
    m_header->setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("paneTitle"));
    // Only the weight is set: the size still follows the window's font
    // (Ctrl+Plus, presenting).
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Policy of pane %1").arg(index + 1));
    m_figures->setObjectName(QStringLiteral("paneFigures"));
    m_figures->setAccessibleName(tr("Figures of pane %1").arg(index + 1));
    m_figures->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("paneView"));
    m_view->setAccessibleName(tr("Heap under %1").arg(session->paneName(index)));
    m_view->setEditable(false);
    FocusRing::install(m_view);
    m_overlay = new Outline(this, m_view);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(6, 3, 6, 3);
    headerLayout->setSpacing(0);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_figures);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_heap, 1);
    connect(session, &CompareSession::positionChanged, this, &ComparePane::refresh);
    refresh();
}

QString ComparePane::titleText() const
{
    const QString name = m_session->paneName(m_index);
    // The words carry the difference, so it never depends on color alone.
    if (!m_divergent)
        return name;
    const QString outcome = outcomeText();
    return outcome.isEmpty() ? tr("%1  ≠ differs at this step").arg(name)
                             : tr("%1  ≠ differs at this step: %2").arg(name, outcome);
}

QString ComparePane::outcomeText() const
{
    // What this pane's step returned, so the headers side by side say how
    // the panes differ, not only that they do.
    const std::size_t step = m_session->position();
    const heapboard::History &history = m_session->model(m_index)->history();
    if (step == 0 || step > history.size())
        return {};
    const heapboard::StepInfo info = history.info(step);
    if (info.error != heapboard::ErrorCode::None)
        return tr("failed");
    if (info.hasPtr)
        return tr("at %1").arg(NumberFormat::address(double(info.ptr)));
    return {};
}

QString ComparePane::figuresText() const
{
    const heapboard::HeapStats stats = m_session->model(m_index)->stats();
    return tr("live %1 · free %2 · largest free %3 · fragmentation %4% · failures %5")
        .arg(NumberFormat::size(stats.liveBytes), NumberFormat::size(stats.freeBytes),
             NumberFormat::size(stats.largestFree))
        .arg(stats.fragmentation() * 100, 0, 'f', 1)
        .arg(NumberFormat::number(m_session->failuresUpTo(m_index, m_session->position())));
}

void ComparePane::refresh()
{
    const std::size_t step = m_session->position();
    m_divergent = m_session->isDivergent(step);
    m_outline = m_divergent ? m_session->outcomeSpan(m_index, step) : std::nullopt;
    m_title->setText(titleText());
    m_figures->setText(figuresText());
    m_header->setBackgroundRole(m_divergent ? QPalette::Highlight : QPalette::Window);
    m_header->setForegroundRole(m_divergent ? QPalette::HighlightedText : QPalette::WindowText);
    m_title->setForegroundRole(m_header->foregroundRole());
    m_figures->setForegroundRole(m_header->foregroundRole());
    m_overlay->setGeometry(m_view->rect());
    m_overlay->update();
}
