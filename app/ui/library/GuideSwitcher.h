#pragma once

#include "services/LibraryService.h"

#include <QComboBox>

namespace ip {

class StudyContext;

// The guide switcher at the top of the navigation: the open guide, and the
// library's other guides to switch to, by title, with Manage Library… last.
// Choosing a guide asks for it to be opened; the switcher itself changes
// nothing until the window has opened it (refresh()).
//
// The keys that would step a closed combo box from guide to guide (arrows,
// Page, Home, End, typing, the wheel) open its list instead: each step would
// open a guide and ask about unsaved work.
class GuideSwitcher : public QComboBox {
    Q_OBJECT
public:
    GuideSwitcher(StudyContext& context, QWidget* parent = nullptr);

    // Names the guide open now; the library's guides are listed when the
    // list opens.
    void refresh();
    // The row of the guide with this key; -1 if not listed.
    int rowOfGuide(const QString& key) const;

    void showPopup() override;

Q_SIGNALS:
    // A guide other than the open one was chosen: its file (or resource).
    void guideChosen(const QString& path);
    void manageLibraryChosen();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    // A long title is cut with "…" rather than clipped mid-letter.
    void paintEvent(QPaintEvent* event) override;

private:
    enum Role { PathRole = Qt::UserRole + 1, KeyRole };
    void onActivated(int row);
    void listLibrary();
    void fill(const QList<LibraryGuide>& guides);
    // The row that shows the whole library as one guide.
    static LibraryGuide allGuides();

    StudyContext& m_context;
    int m_manageRow = -1;
};

} // namespace ip
