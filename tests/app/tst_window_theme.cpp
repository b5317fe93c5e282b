// View › Theme: the light and dark palettes of our own and the named colours
// keep text readable (WCAG AA, 4.5:1), a choice reaches every widget at once,
// including the rendered answers and the message bar, and is kept for the next
// start; System gives the desktop's look back, and text coloured beyond the
// palette's roles follows a desktop's new palette.
#include "StudyContext.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/PaletteColours.h"
#include "ui/TextTone.h"
#include "ui/preferences/ThemeMenu.h"
#include "ui/preferences/WindowTheme.h"
#include "ui/questions/QuestionView.h"
#include "ui/questions/QuestionsScreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QProxyStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <cmath>
#include <memory>

using namespace ip;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double TextContrast = 4.5;

} // namespace

class WindowThemeTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void textIsReadable_data();
    void textIsReadable();
    void aChoiceIsAppliedAndKept();
    void theViewMenuRecoloursTheWindow();
    void theMessageBarFollowsTheTheme();
    void aDesktopsPaletteDoesNotOverrideTheChoice();
    void tonedTextFollowsTheDesktopsPalette();
    void checkBoxesShowInTheDark();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

void WindowThemeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    m_systemStyle = QApplication::style()->name();
    m_systemPalette = QApplication::palette();
    // CMake runs this test with QT_STYLE_OVERRIDE=Windows, so that going back
    // to System is seen to leave Fusion.
    QVERIFY2(m_systemStyle.compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0,
             "run with a desktop style other than Fusion (QT_STYLE_OVERRIDE=Windows)");
}

void WindowThemeTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void WindowThemeTest::cleanup()
{
    WindowTheme theme;
    theme.setChoice(WindowTheme::Choice::System);
}

void WindowThemeTest::textIsReadable_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    const std::pair<const char*, QPalette> palettes[] = {{"light", WindowTheme::lightPalette()},
                                                         {"dark", WindowTheme::darkPalette()}};
    for (const auto& [name, palette] : palettes) {
        const auto add = [&](const char* what, const QColor& foreground, const QColor& background) {
            QTest::addRow("%s: %s", name, what) << foreground << background;
        };
        const auto colour = [&palette](QPalette::ColorRole role) { return palette.color(role); };
        add("text on base", colour(QPalette::Text), colour(QPalette::Base));
        add("text on alternate rows", colour(QPalette::Text), colour(QPalette::AlternateBase));
        add("window text", colour(QPalette::WindowText), colour(QPalette::Window));
        add("button text", colour(QPalette::ButtonText), colour(QPalette::Button));
        add("selected text", colour(QPalette::HighlightedText), colour(QPalette::Highlight));
        add("selection, window inactive",
            palette.color(QPalette::Inactive, QPalette::HighlightedText),
            palette.color(QPalette::Inactive, QPalette::Highlight));
        // Headings and hints are placeholder text on the window and on lists.
        add("placeholder on base", colour(QPalette::PlaceholderText), colour(QPalette::Base));
        add("placeholder on window", colour(QPalette::PlaceholderText), colour(QPalette::Window));
        add("link", colour(QPalette::Link), colour(QPalette::Base));
        add("visited link", colour(QPalette::LinkVisited), colour(QPalette::Base));
        add("tool tip", colour(QPalette::ToolTipText), colour(QPalette::ToolTipBase));
        const QColor error = namedColour(NamedColour::ErrorText, palette);
        add("error text on base", error, colour(QPalette::Base));
        add("error text on window", error, colour(QPalette::Window));
        const QColor base = colour(QPalette::Base);
        add("information bar", colour(QPalette::WindowText),
            MessageBar::tintedBackground(base, colour(QPalette::Highlight)));
        add("warning bar", colour(QPalette::WindowText),
            MessageBar::tintedBackground(base, namedColour(NamedColour::WarningTint, palette)));
        add("error bar", colour(QPalette::WindowText),
            MessageBar::tintedBackground(base, namedColour(NamedColour::ErrorTint, palette)));
    }
}

void WindowThemeTest::textIsReadable()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = contrast(foreground, background);
    QVERIFY2(ratio >= TextContrast, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                   .arg(foreground.name(), background.name())
                                                   .arg(ratio, 0, 'f', 2)));
}

void WindowThemeTest::aChoiceIsAppliedAndKept()
{
    {
        WindowTheme theme;
        QCOMPARE(theme.choice(), WindowTheme::Choice::System);
        theme.setChoice(WindowTheme::Choice::Dark);
        const auto* style = qobject_cast<QProxyStyle*>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 WindowTheme::darkPalette().color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text),
                 WindowTheme::darkPalette().color(QPalette::Text));
        QVERIFY(isDarkPalette(QApplication::palette()));
    }
    {
        // The next start: applied as soon as it is read, before any window.
        QApplication::setPalette(m_systemPalette);
        WindowTheme theme;
        QCOMPARE(theme.choice(), WindowTheme::Choice::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 WindowTheme::darkPalette().color(QPalette::Base));

        theme.setChoice(WindowTheme::Choice::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 WindowTheme::lightPalette().color(QPalette::Base));
        QVERIFY(!isDarkPalette(QApplication::palette()));

        // System: the desktop's own style and colours again.
        theme.setChoice(WindowTheme::Choice::System);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        for (const QPalette::ColorRole role :
             {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text,
              QPalette::Highlight, QPalette::Button})
            QCOMPARE(QApplication::palette().color(role), m_systemPalette.color(role));
    }
    QCOMPARE(WindowTheme().choice(), WindowTheme::Choice::System);
}

void WindowThemeTest::theViewMenuRecoloursTheWindow()
{
    StudyContext context(m_temp->path() + QStringLiteral("/data"),
                         QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString second = context.guide().questions.at(1).key;
    window.questionsScreen()->selectQuestion(second);

    auto* menu = window.findChild<ThemeMenu*>();
    QVERIFY(menu);
    QVERIFY(menu->action(WindowTheme::Choice::System)->isChecked());
    const QuestionsScreen* before = window.questionsScreen();
    menu->action(WindowTheme::Choice::Dark)->trigger();
    QVERIFY(menu->action(WindowTheme::Choice::Dark)->isChecked());
    QCOMPARE(window.theme()->choice(), WindowTheme::Choice::Dark);
    // Widgets hear of a new application palette through posted events.
    QTRY_COMPARE(window.palette().color(QPalette::Window),
                 WindowTheme::darkPalette().color(QPalette::Window));

    // The screens are made again in the new colours, on the same question;
    // the answer's tables take their grid from the dark palette.
    QTRY_VERIFY(window.questionsScreen() != before);
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), second);
    auto* answer = window.questionsScreen()->questionView()->findChild<QTextBrowser*>();
    QVERIFY(answer);
    QCOMPARE(answer->palette().color(QPalette::Base),
             WindowTheme::darkPalette().color(QPalette::Base));
    QCOMPARE(answer->document()->defaultStyleSheet(),
             QuestionView::styleSheet(WindowTheme::darkPalette()));

    menu->action(WindowTheme::Choice::System)->trigger();
    QTRY_COMPARE(window.palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
}

void WindowThemeTest::theMessageBarFollowsTheTheme()
{
    MessageBar bar;
    bar.showMessage(MessageBar::Kind::Warning, QStringLiteral("The guide has problems."));
    const QPalette light = WindowTheme::lightPalette();
    const QPalette dark = WindowTheme::darkPalette();
    WindowTheme theme;
    theme.setChoice(WindowTheme::Choice::Light);
    QTRY_COMPARE(bar.palette().color(QPalette::Window),
                 MessageBar::tintedBackground(light.color(QPalette::Base),
                                              namedColour(NamedColour::WarningTint, light)));
    theme.setChoice(WindowTheme::Choice::Dark);
    QTRY_COMPARE(bar.palette().color(QPalette::Window),
                 MessageBar::tintedBackground(dark.color(QPalette::Base),
                                              namedColour(NamedColour::WarningTint, dark)));
    QCOMPARE(bar.palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
}

void WindowThemeTest::aDesktopsPaletteDoesNotOverrideTheChoice()
{
    WindowTheme theme;
    theme.setChoice(WindowTheme::Choice::Dark);
    // A desktop's new colour scheme put on the application (as Plasma does).
    QPalette desktops(QColor(0xd0, 0xe0, 0xd0));
    QApplication::setPalette(desktops);
    QTRY_COMPARE(QApplication::palette().color(QPalette::Window),
                 WindowTheme::darkPalette().color(QPalette::Window));
    QCOMPARE(theme.choice(), WindowTheme::Choice::Dark);

    // With System chosen, the desktop's palette is the one to show.
    theme.setChoice(WindowTheme::Choice::System);
    QApplication::setPalette(desktops);
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktops.color(QPalette::Window));
    QApplication::setPalette(m_systemPalette);
}

void WindowThemeTest::tonedTextFollowsTheDesktopsPalette()
{
    // Under System the desktop may turn dark while the window is open: an
    // error worded in red and a grey hint are worked out again, not left in
    // the colours meant for a light background.
    const QPalette light = WindowTheme::lightPalette();
    const QPalette dark = WindowTheme::darkPalette();
    QApplication::setPalette(light);
    QWidget window;
    auto* error = new QLabel(QStringLiteral("Not saved"), &window);
    auto* hint = new QLabel(QStringLiteral("Saved"), &window);
    TextTone::set(error, TextTone::Tone::Error);
    TextTone::set(hint, TextTone::Tone::Muted);
    window.show();
    QCOMPARE(error->palette().color(QPalette::WindowText), errorTextColour(light));

    QApplication::setPalette(dark);
    QTRY_COMPARE(error->palette().color(QPalette::WindowText), errorTextColour(dark));
    QTRY_COMPARE(hint->palette().color(QPalette::WindowText),
                 dark.color(QPalette::PlaceholderText));
    QCOMPARE(error->palette().color(QPalette::Window), dark.color(QPalette::Window));

    // A new tone replaces the one kept.
    TextTone::set(error, TextTone::Tone::Normal);
    QCOMPARE(error->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
    QApplication::setPalette(m_systemPalette);
}

void WindowThemeTest::checkBoxesShowInTheDark()
{
    // An unticked box is the list's colour inside: only its outline shows
    // it, so the outline needs WCAG's 3:1 for controls against the window.
    WindowTheme theme;
    theme.setChoice(WindowTheme::Choice::Dark);
    const QColor window = WindowTheme::darkPalette().color(QPalette::Window);
    QWidget page;
    auto* box = new QCheckBox(QStringLiteral("Done"), &page);
    box->move(10, 10);
    page.resize(200, 60);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.palette().color(QPalette::Window), window);

    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    const QImage image = box->grab().toImage();
    double outline = 0;
    for (int x = indicator.left(); x <= indicator.left() + 2; ++x)
        outline = std::max(outline, contrast(image.pixelColor(x, indicator.center().y()), window));
    QVERIFY2(outline >= 3.0, qPrintable(QString::number(outline)));
}

QTEST_MAIN(WindowThemeTest)
#include "tst_window_theme.moc"
