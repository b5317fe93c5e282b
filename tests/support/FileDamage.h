#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A database file as a failing disk leaves it, and its bytes to compare.
namespace filedamage {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Overwrites `pages` pages in the middle of the file.
inline bool damagePages(const QString& path, int pages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() / 2 / 4096 * 4096))
        return false;
    return file.write(QByteArray(4096 * pages, char(0x5A))) == 4096 * pages;
}

} // namespace filedamage
