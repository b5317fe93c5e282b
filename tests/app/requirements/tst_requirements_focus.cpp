// Focus on the Requirements screen, driven with keys: Tab visits the controls
// in the order they are seen, with no invisible stop and no trap, and the
// tree's row the keys act on looks different from a row that is only
// selected.
#include "ScreenFixture.h"
#include "ui/requirements/OptionalDateEdit.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementTreeView.h"
#include "ui/requirements/RequirementsScreen.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace ip;

namespace {

using Model = RequirementChecklistModel;
using Fixture = test::ScreenFixture<RequirementsScreen>;

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
const QString Google = QStringLiteral("Google Professional Data Engineer");

QString describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("<nothing>");
    return QStringLiteral("%1 \"%2\" (%3) in %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->isVisible() ? QStringLiteral("visible") : QStringLiteral("hidden"),
             widget->parentWidget()
                 ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                 : QStringLiteral("nothing"));
}

QModelIndex indexOf(QTreeView* tree, const QString& title)
{
    QAbstractItemModel* model = tree->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

// The whole row of the tree's current index, as drawn.
QImage currentRow(QTreeView* tree)
{
    const QRect cell = tree->visualRect(tree->currentIndex());
    const QRect row(0, cell.top(), tree->viewport()->width(), cell.height());
    return tree->viewport()->grab(row).toImage();
}

} // namespace

class RequirementsFocusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tabVisitsEveryControlInVisualOrder();
    void focusingTheScreenPutsTheKeysOnTheTree();
    void withoutRequirementsTheKeysGoToTheFilter();
    void focusedRowDiffersFromASelectedUnfocusedRow_data();
    void focusedRowDiffersFromASelectedUnfocusedRow();
    void gapListShowsWhereTheKeysAre();
};

void RequirementsFocusTest::tabVisitsEveryControlInVisualOrder()
{
    QTemporaryDir dataDir;
    Fixture f(dataDir.path(), TypicalGuide, QSize(1100, 700));
    RequirementsScreen& screen = *f.screen;
    RequirementTreeView* tree = screen.tree();
    const QModelIndex google = indexOf(tree, Google);
    QVERIFY(google.isValid());
    tree->setFocus();
    tree->setCurrentIndex(google);
    QTRY_VERIFY(tree->hasFocus());

    auto* status = screen.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    auto* target = screen.findChild<OptionalDateEdit*>(QStringLiteral("targetDateEdit"));
    auto* evidence = screen.findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit"));
    auto* description = screen.findChild<QTextBrowser*>(QStringLiteral("descriptionBrowser"));
    auto* gaps = screen.findChild<QTreeWidget*>(QStringLiteral("gapList"));
    QVERIFY(status && target && evidence && description && gaps);
    auto* clearTarget = qobject_cast<QToolButton*>(
        target->parentWidget()->findChild<QToolButton*>(QString(), Qt::FindDirectChildrenOnly));
    QVERIFY(clearTarget);
    // Google is planned, not done: its completion date and its Clear are
    // disabled and skipped. The tree, then the selected item's fields top
    // to bottom, then the gap list under the tree, and round to the filter.
    const QList<QWidget*> order{
        tree, status, target, clearTarget, evidence, description, gaps, screen.filterField(), tree};
    for (int step = 1; step < order.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(
            QApplication::focusWidget() == order.at(step),
            qPrintable(QStringLiteral("Tab %1 went to %2, not %3")
                           .arg(step)
                           .arg(describe(QApplication::focusWidget()), describe(order.at(step)))));
        QVERIFY(QApplication::focusWidget()->isVisible());
    }
    // Backtab walks the same stops the other way.
    for (int step = int(order.size()) - 2; step >= 0; --step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY2(
            QApplication::focusWidget() == order.at(step),
            qPrintable(QStringLiteral("Backtab to stop %1 went to %2, not %3")
                           .arg(step)
                           .arg(describe(QApplication::focusWidget()), describe(order.at(step)))));
    }
}

void RequirementsFocusTest::focusingTheScreenPutsTheKeysOnTheTree()
{
    QTemporaryDir dataDir;
    Fixture f(dataDir.path(), TypicalGuide, QSize(1100, 700));
    f.screen->filterField()->setFocus();
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
    // What the window does on Ctrl+1.
    f.screen->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(f.screen->tree()->hasFocus());
}

void RequirementsFocusTest::withoutRequirementsTheKeysGoToTheFilter()
{
    QTemporaryDir dataDir;
    const QString guide = dataDir.filePath(QStringLiteral("questions-only.md"));
    {
        QFile file(guide);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\nterm: \"Questions Only\"\n---\n\n# Questions Only\n\n"
                   "## Interview Questions and Answers\n\n### Technical Questions\n\n"
                   "#### Question 1: What is a thing?\n\n**Answer**:\nA thing.\n");
    }
    Fixture f(dataDir.filePath(QStringLiteral("data")), guide, QSize(1100, 700));
    QCOMPARE(f.screen->model()->rowCount(), 0);
    QVERIFY(!f.screen->tree()->isVisible());
    // What the window does on Ctrl+1: the keys land somewhere the user sees.
    f.screen->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
}

void RequirementsFocusTest::focusedRowDiffersFromASelectedUnfocusedRow_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void RequirementsFocusTest::focusedRowDiffersFromASelectedUnfocusedRow()
{
    QFETCH(bool, dark);
    QTemporaryDir dataDir;
    Fixture f(dataDir.path(), TypicalGuide, QSize(1100, 700));
    RequirementTreeView* tree = f.screen->tree();
    if (dark) {
        QPalette palette = tree->palette();
        palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x32));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        tree->setPalette(palette);
    }
    const QModelIndex google = indexOf(tree, Google);
    tree->setFocus();
    tree->setCurrentIndex(google);
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    const QImage focused = currentRow(tree);

    f.screen->filterField()->setFocus();
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
    QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
    const QImage unfocused = currentRow(tree);
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);

    // Inside the status cell (no text at its right end): the focused row is
    // the palette's own highlight, the unfocused selection only a tint that
    // still differs from a plain row.
    const QRect statusCell = tree->visualRect(google.siblingAtColumn(Model::StatusColumn));
    const QPoint probe(statusCell.right() - 6, statusCell.height() / 2);
    const QColor highlight = tree->palette().color(QPalette::Active, QPalette::Highlight);
    QCOMPARE(focused.pixelColor(probe).rgb(), highlight.rgb());
    QVERIFY(unfocused.pixelColor(probe).rgb() != highlight.rgb());
    const QModelIndex next = tree->indexBelow(google);
    QVERIFY(next.isValid());
    const QRect nextCell = tree->visualRect(next.siblingAtColumn(Model::StatusColumn));
    const QImage plain =
        tree->viewport()
            ->grab(QRect(0, nextCell.top(), tree->viewport()->width(), nextCell.height()))
            .toImage();
    const QColor plainColour = plain.pixelColor(probe);
    QVERIFY(plainColour != unfocused.pixelColor(probe));
    QVERIFY(plainColour.rgb() != highlight.rgb());
}

void RequirementsFocusTest::gapListShowsWhereTheKeysAre()
{
    QTemporaryDir dataDir;
    Fixture f(dataDir.path(), TypicalGuide, QSize(1100, 700));
    auto* gaps = f.screen->findChild<QTreeWidget*>(QStringLiteral("gapList"));
    QVERIFY(gaps);
    QVERIFY(gaps->topLevelItemCount() >= 2);
    gaps->setFocus();
    gaps->setCurrentItem(gaps->topLevelItem(0));
    QTRY_VERIFY(gaps->hasFocus());
    const QImage focused = currentRow(gaps);

    f.screen->filterField()->setFocus();
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
    QVERIFY(gaps->currentItem()->isSelected());
    const QImage unfocused = currentRow(gaps);
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY(focused != unfocused);
    const QColor highlight = gaps->palette().color(QPalette::Active, QPalette::Highlight);
    const QPoint probe(focused.width() / 2, focused.height() / 2);
    QVERIFY(unfocused.pixelColor(probe).rgb() != highlight.rgb());
    // Still told apart from a row that is not selected.
    const QRect second = gaps->visualItemRect(gaps->topLevelItem(1));
    const QImage plain =
        gaps->viewport()
            ->grab(QRect(0, second.top(), gaps->viewport()->width(), second.height()))
            .toImage();
    QVERIFY(plain.pixelColor(probe) != unfocused.pixelColor(probe));
}

QTEST_MAIN(RequirementsFocusTest)
#include "tst_requirements_focus.moc"
