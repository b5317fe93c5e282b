#pragma once

// A second, third… guide for the tests that need a library: the typical
// fixture under another title, so under another key.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace ip::test {

// Writes tests/data/guides/typical.md with "Data Engineer" replaced by
// title into folder/fileName; returns the path, empty if it failed.
inline QString retitledTypicalGuide(const QString& folder, const QString& title,
                                    const QString& fileName)
{
    QFile typical(QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
    if (!typical.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = typical.readAll();
    text.replace("Data Engineer", title.toUtf8());
    const QString path = QDir(folder).filePath(fileName);
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(text) != text.size())
        return {};
    return path;
}

} // namespace ip::test
