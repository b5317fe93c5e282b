#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ip {

// The colour of a label's text where the palette has no role for it: an
// error worded in red, a hint in grey. It is worked out from the palette
// around the label, and again whenever the application's palette changes
// (the desktop switching to dark under the System theme), which a colour
// set once would outlive, red on a background it was never meant for.
class TextTone : public QObject {
    Q_OBJECT

public:
    enum class Tone {
        Normal, // the palette's own text colour
        Muted,  // placeholder grey: a hint, nothing to act on
        Error,  // NamedColour::ErrorText; the words say what is wrong too
    };

    // Gives label the palette of its parent with its text in tone, and keeps
    // it so until the next call.
    static void set(QWidget* label, Tone tone);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TextTone(QWidget* label, Tone tone);
    void apply();

    QWidget* m_label;
    QPointer<QObject> m_watched; // the label's parent, or the application
    Tone m_tone;
};

} // namespace ip
