#pragma once

// A small tmpfs of its own for a test to fill up: the honest way to see what
// a full disk does to real files. Mounting needs CAP_SYS_ADMIN (CI runs the
// tests as root); without it mounted() is false and whyNot() says why, for
// the test's QSKIP.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace storagetest {

class SmallDisk {
public:
    explicit SmallDisk(qint64 bytes)
    {
        if (!m_dir.isValid()) {
            m_whyNot = QStringLiteral("no temporary folder to mount on");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes);
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                            options.constData()) == 0;
        if (!m_mounted)
            m_whyNot = QStringLiteral("cannot mount a tmpfs to fill (%1)")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Takes every free byte with one file; true when the disk ended up full.
    bool fill()
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        // tmpfs hands out whole pages; a few bytes more would need another.
        return filler.write("f", 1) != 1;
    }
    void freeSpace() { QFile::remove(fillerPath()); }

    // What the disk holds apart from the filler.
    QStringList entries() const
    {
        QStringList names = QDir(path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                   QDir::Hidden | QDir::System);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private:
    QString fillerPath() const { return m_dir.filePath(QStringLiteral("filler")); }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace storagetest
