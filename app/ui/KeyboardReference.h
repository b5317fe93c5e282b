#pragma once

#include <QList>
#include <QString>

namespace ip {

// Keys that act inside a screen or dialog without being a menu command (a
// key on a list, in a date field, in the rehearsal timer), for the F1 list.
// Menu commands are not here: the list reads those from the menus. Whoever
// gives a widget a key of its own adds it here, in the same words as its
// tooltip or hint.
struct KeyboardReferenceEntry {
    QString place;
    QString command;
    QString keys;
};

QList<KeyboardReferenceEntry> keysInsideScreens();

} // namespace ip
