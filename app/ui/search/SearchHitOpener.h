#pragma once

#include "model/SearchDocument.h"

#include <QCoreApplication>
#include <QString>

namespace ip {

class MainWindow;
class StudyContext;

// Takes the candidate to a search hit: opens its guide when it is another
// one than the guide open now (from where the library keeps it), shows the
// hit's screen and selects it there. A note opens with the matched words
// selected in the editor, ready to be read or typed over.
class SearchHitOpener {
    Q_DECLARE_TR_FUNCTIONS(SearchHitOpener)

public:
    SearchHitOpener(MainWindow& window, StudyContext& context)
        : m_window(window), m_context(context)
    {
    }

    // False, with the reason in the window's message bar, when the hit's
    // guide could not be opened.
    bool open(const SearchHit& hit);

private:
    bool openGuideOf(const SearchHit& hit);
    void selectMatchInNote(const SearchHit& hit);

    MainWindow& m_window;
    StudyContext& m_context;
};

} // namespace ip
