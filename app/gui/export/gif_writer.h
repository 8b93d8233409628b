// Animated GIF through giflib (Debian's libgif): each frame quantised to its own 256-colour
// palette with giflib's median cut (GifQuantizeBuffer), a delay of 1/fps seconds (GIF counts in
// hundredths, so 8 fps is 12/100 s) and the NETSCAPE2.0 block that makes viewers loop forever.
#pragma once

#include "export/frame_writer.h"

struct GifFileType;

namespace rnnlab {

class GifWriter : public FrameWriter
{
public:
    GifWriter(const QString &file, QSize size, double framesPerSecond);
    ~GifWriter() override;
    bool isOpen() const { return m_gif != nullptr; }
    bool addFrame(const QImage &frame) override;
    bool finish() override;

private:
    bool fail(const QString &what, int code);

    QString m_file;
    QString m_temporary;
    QSize m_size;
    int m_delay = 10; // hundredths of a second
    GifFileType *m_gif = nullptr;
};

} // namespace rnnlab
