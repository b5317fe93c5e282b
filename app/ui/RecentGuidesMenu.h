#pragma once

#include <QMenu>
#include <QStringList>

namespace ip {

// File › Open Recent: the guide files the user opened last, newest first,
// kept in the settings so they survive a restart. The guides that come with
// the app have their own menu and are not listed here.
class RecentGuidesMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int MaximumEntries = 8;

    explicit RecentGuidesMenu(QWidget* parent = nullptr);

    // Puts `path` first (once); the oldest falls off past the maximum.
    void add(const QString& path);
    // Takes `path` off the list, for example once it no longer opens.
    void remove(const QString& path);
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuild();
    void store() const;

    QStringList m_paths;
};

} // namespace ip
