// SPDX-License-Identifier: MIT
#pragma once

#include "heappalette.h"
#include "heaprenderer.h"

#include <QDialog>
#include <QSize>
#include <QStringList>
#include <functional>

class HeapModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File > Export View…: where to (PNG, SVG or PDF, by suffix), at what size,
// in which theme (the window's, or light, dark, high contrast: a dark room
// or a printed handout may want another one) and whether to put the caption
// above the heap. OK exports with HeapExport; when that fails the dialog
// stays open and says why.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const heapboard::Heap &heap, HeapRenderer::Labeler labeler, const HeapPalette &palette,
                 const QStringList &caption, QWidget *parent = nullptr);
    // Draws and writes another picture than the heap (the chart, File >
    // Export Chart…) with what the dialog chose; false with "OUT: cannot
    // write: why" in error.
    using Writer = std::function<bool(const QString &path, QSize size, const HeapPalette &palette,
                                      const QStringList &caption, bool legend, QString *error)>;
    ExportDialog(Writer writer, const HeapPalette &palette, const QStringList &caption,
                 QWidget *parent = nullptr);

    // Asks and exports the model's current heap. True once a file is
    // written; false when cancelled (error empty) or, after a failure the
    // user gave up on, with the last message ("OUT: cannot write: why").
    static bool exportHeap(QWidget *parent, const HeapModel &model, const HeapPalette &palette,
                           const QStringList &caption, QString *error = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QSize pixelSize() const;
    void setPixelSize(QSize size);
    // The legend in a corner of the picture; remembered like the file and size.
    bool includesLegend() const;
    void setIncludesLegend(bool on);
    // Whether the legend is a choice (a chart always has its legend).
    void setLegendOptional(bool optional);
    bool includesCaption() const;
    void setIncludesCaption(bool on);
    // The HeapPalette id the picture is drawn in; the caller's at first.
    QString theme() const;
    void setTheme(const QString &id);
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void accept() override;

private:
    void createLayout();
    void browse();
    void showError(const QString &message);

    Writer m_writer;
    QStringList m_caption;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_theme;
    QCheckBox *m_includeCaption;
    QCheckBox *m_includeLegend;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_lastError;
};
