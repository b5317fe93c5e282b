#include "ui/TextTone.h"

#include "ui/PaletteColours.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace ip {

namespace {

// Where a label's new palette is heard of: its parent, or the application
// for a label with none.
QObject* paletteSource(const QWidget* label)
{
    if (QWidget* parent = label->parentWidget())
        return parent;
    return qApp;
}

} // namespace

TextTone::TextTone(QWidget* label, Tone tone) : QObject(label), m_label(label), m_tone(tone)
{
    // The label's palette is set here, so it no longer takes a new one from
    // its parent: the parent is told once it has its own.
    m_watched = paletteSource(label);
    m_watched->installEventFilter(this);
}

void TextTone::set(QWidget* label, Tone tone)
{
    auto* keeper = label->findChild<TextTone*>(QString(), Qt::FindDirectChildrenOnly);
    if (keeper && keeper->m_watched != paletteSource(label)) {
        delete keeper; // the label moved to another parent
        keeper = nullptr;
    }
    if (keeper)
        keeper->m_tone = tone;
    else
        keeper = new TextTone(label, tone);
    keeper->apply();
}

void TextTone::apply()
{
    const QWidget* parent = m_label->parentWidget();
    QPalette palette = parent ? parent->palette() : QApplication::palette(m_label);
    switch (m_tone) {
    case Tone::Normal:
        break;
    case Tone::Muted:
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        break;
    case Tone::Error:
        palette.setColor(QPalette::WindowText, errorTextColour(palette));
        break;
    }
    m_label->setPalette(palette);
    m_label->setForegroundRole(QPalette::WindowText);
}

bool TextTone::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched && event->type() == (watched == qApp ? QEvent::ApplicationPaletteChange
                                                                  : QEvent::PaletteChange))
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace ip
