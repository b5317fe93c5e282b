#include "ui/MessageBar.h"

#include "ui/PaletteColours.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ip {

namespace {
constexpr int MaxDetailLines = 12;
// A run of this many characters without a break is given places to wrap.
constexpr int LongestUnbrokenRun = 24;
constexpr QChar ZeroWidthSpace(0x200B);

bool isPathSeparator(QChar c)
{
    return c == u'/' || c == u'\\' || c == u'.' || c == u'-' || c == u'_';
}

// A QLabel wraps only between words, so a long path would make the bar, and
// with it the window, as wide as the path (a 1559 px window on a 1280 px
// screen). A word too long for a narrow window gets invisible places to
// wrap after its separators, or every so many characters without one;
// shorter words ("1.5", "e.g.") are left whole.
QString wrappable(const QString& text)
{
    QString shown;
    shown.reserve(text.size() + text.size() / 8);
    qsizetype wordStart = 0;
    while (wordStart < text.size()) {
        qsizetype wordEnd = wordStart;
        while (wordEnd < text.size() && !text.at(wordEnd).isSpace())
            ++wordEnd;
        if (wordEnd - wordStart <= LongestUnbrokenRun) {
            shown += QStringView(text).sliced(wordStart, wordEnd - wordStart);
        } else {
            int run = 0;
            for (qsizetype i = wordStart; i < wordEnd; ++i) {
                shown += text.at(i);
                if (isPathSeparator(text.at(i)) || ++run >= LongestUnbrokenRun) {
                    if (i + 1 < wordEnd)
                        shown += ZeroWidthSpace;
                    run = 0;
                }
            }
        }
        // The spaces after the word, kept as they are.
        for (wordStart = wordEnd; wordStart < text.size() && text.at(wordStart).isSpace();
             ++wordStart)
            shown += text.at(wordStart);
    }
    return shown;
}
} // namespace

MessageBar::MessageBar(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    // Copying goes through here, so a copied path has no invisible breaks.
    for (QLabel* label : {m_summary, m_details}) {
        label->setContextMenuPolicy(Qt::CustomContextMenu);
        label->installEventFilter(this);
        connect(label, &QWidget::customContextMenuRequested, this,
                [this, label](const QPoint& at) { showCopyMenu(label, at); });
    }

    m_toggle = new QToolButton(this);
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::toggled, m_details, &QWidget::setVisible);

    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    // The kind is told by a sign and in words too, not by the tint alone.
    // Made after the text labels, which stay the bar's first children.
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    top->addLayout(m_actions);
    top->addWidget(m_toggle);
    top->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_details);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& summary, const QStringList& details,
                             const QList<Action>& actions)
{
    // A button's own action may replace the message: delete it later.
    for (QPushButton* button : std::as_const(m_buttons)) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    for (const Action& action : actions) {
        auto* button = new QPushButton(action.text, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, action.trigger);
        m_actions->addWidget(button);
        m_buttons << button;
    }
    m_kind = kind;
    m_summaryText = summary;
    m_detailLines = details;
    m_summary->setText(wrappable(summary));
    QStringList shown = details.mid(0, MaxDetailLines);
    if (details.size() > MaxDetailLines)
        shown << tr("… and %1 more").arg(details.size() - MaxDetailLines);
    m_details->setText(wrappable(shown.join(u'\n')));
    m_toggle->setVisible(!details.isEmpty());
    m_toggle->setChecked(false);
    m_details->hide();
    applyKind();
    show();
}

QString MessageBar::copyableText(const QLabel* label)
{
    QString text = label->hasSelectedText() ? label->selectedText() : label->text();
    return text.remove(ZeroWidthSpace);
}

void MessageBar::showCopyMenu(QLabel* label, const QPoint& at)
{
    QMenu menu(label);
    menu.addAction(label->hasSelectedText() ? tr("&Copy") : tr("&Copy Message"), this,
                   [label] { QGuiApplication::clipboard()->setText(copyableText(label)); });
    menu.addAction(tr("Select &All"), this,
                   [label] { label->setSelection(0, int(label->text().size())); });
    menu.exec(label->mapToGlobal(at));
}

bool MessageBar::eventFilter(QObject* watched, QEvent* event)
{
    auto* label = qobject_cast<QLabel*>(watched);
    if (label && (label == m_summary || label == m_details) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy) && label->hasSelectedText()) {
        QGuiApplication::clipboard()->setText(copyableText(label));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString MessageBar::summary() const
{
    return m_summaryText;
}

void MessageBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A new theme: the tint is mixed again into its base, the sign drawn in
    // the new style. Setting the same palette again sends no further event.
    // (Not before the constructor has made the sign's label.)
    if (m_icon && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyKind();
}

void MessageBar::applyKind()
{
    // Tints mixed into the base colour of the palette around the bar (not
    // the bar's own, which holds the tint of the theme before), so the bar
    // reads well in light and dark themes alike.
    const QPalette around =
        parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QColor tint;
    QStyle::StandardPixmap sign = QStyle::SP_MessageBoxInformation;
    QString kindName;
    switch (m_kind) {
    case Kind::Information:
        tint = around.color(QPalette::Highlight);
        kindName = tr("Information");
        break;
    case Kind::Warning:
        tint = namedColour(NamedColour::WarningTint, around);
        sign = QStyle::SP_MessageBoxWarning;
        kindName = tr("Warning");
        break;
    case Kind::Error:
        tint = namedColour(NamedColour::ErrorTint, around);
        sign = QStyle::SP_MessageBoxCritical;
        kindName = tr("Error");
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(sign, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setToolTip(kindName);
    m_icon->setAccessibleName(kindName);
    setAccessibleName(kindName);
    setAccessibleDescription(m_summaryText);
    QPalette p = palette();
    p.setColor(QPalette::Window, tintedBackground(around.color(QPalette::Base), tint));
    setPalette(p);
}

QColor MessageBar::tintedBackground(const QColor& base, const QColor& tint)
{
    QColor background;
    background.setRgbF(base.redF() * 0.8f + tint.redF() * 0.2f,
                       base.greenF() * 0.8f + tint.greenF() * 0.2f,
                       base.blueF() * 0.8f + tint.blueF() * 0.2f);
    return background;
}

} // namespace ip
