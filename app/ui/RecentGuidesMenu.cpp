#include "ui/RecentGuidesMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ip {

namespace {
const QString SettingsKey = QStringLiteral("guide/recent");

bool isIncludedGuide(const QString& path)
{
    return path.startsWith(u':');
}
} // namespace

RecentGuidesMenu::RecentGuidesMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent)
{
    setToolTipsVisible(true);
    for (const QString& path : QSettings().value(SettingsKey).toStringList()) {
        if (!path.isEmpty() && !isIncludedGuide(path) && !m_paths.contains(path) &&
            m_paths.size() < MaximumEntries)
            m_paths << path;
    }
    rebuild();
}

void RecentGuidesMenu::add(const QString& path)
{
    if (isIncludedGuide(path))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    while (m_paths.size() > MaximumEntries)
        m_paths.removeLast();
    store();
    rebuild();
}

void RecentGuidesMenu::remove(const QString& path)
{
    if (m_paths.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    store();
    rebuild();
}

void RecentGuidesMenu::rebuild()
{
    clear();
    // Two guides of the same name in different folders are told apart by
    // their folder.
    QStringList names;
    for (const QString& path : std::as_const(m_paths))
        names << QFileInfo(path).fileName();
    for (int index = 0; index < int(m_paths.size()); ++index) {
        const QString& path = m_paths.at(index);
        const QFileInfo info(path);
        QString text = info.fileName();
        if (names.count(text) > 1)
            text = tr("%1 (in %2)").arg(text, QDir::toNativeSeparators(info.absolutePath()));
        text.replace(u'&', QStringLiteral("&&"));
        // The first nine get a number to choose them by.
        if (index < 9)
            text = QStringLiteral("&%1 %2").arg(index + 1).arg(text);
        QAction* action = addAction(text, this, [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (m_paths.isEmpty()) {
        addAction(tr("No recent guides"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, [this] {
        m_paths.clear();
        store();
        rebuild();
    });
}

void RecentGuidesMenu::store() const
{
    QSettings().setValue(SettingsKey, m_paths);
}

} // namespace ip
