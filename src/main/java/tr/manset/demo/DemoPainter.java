package tr.manset.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the demo site's illustrations with Java2D, so the project ships and downloads no pictures.
 *
 * <p>Every motif is a flat, editorial-style scene drawn in proportion to the requested size. The seed
 * varies palette, positions and counts through a {@link SplittableRandom}, so the same motif, seed and
 * size always give identical pixels.
 */
final class DemoPainter {

    static final List<String> MOTIFS = List.of("city", "parliament", "globe", "chart", "stadium", "court", "circuit",
        "phone", "stage", "gallery", "hospital", "sea", "mountain", "rain", "factory", "crowd", "field", "train");

    private DemoPainter() {}

    static BufferedImage paint(String motif, long seed, int width, int height) {
        if (motif == null || !MOTIFS.contains(motif)) {
            throw new IllegalArgumentException("unknown motif: " + motif);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            setup(g);
            SplittableRandom r = new SplittableRandom(seed);
            double w = width;
            double h = height;
            switch (motif) {
                case "city" -> city(g, r, w, h);
                case "parliament" -> parliament(g, r, w, h);
                case "globe" -> globe(g, r, w, h);
                case "chart" -> chart(g, r, w, h);
                case "stadium" -> stadium(g, r, w, h);
                case "court" -> court(g, r, w, h);
                default -> placeholder(g, r, w, h);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    static BufferedImage portrait(long seed, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            setup(g);
            SplittableRandom r = new SplittableRandom(seed);
            Color background = hsb(rnd(r, 0, 1), rnd(r, 0.18, 0.35), rnd(r, 0.82, 0.95));
            g.setPaint(vertical(0, size, lighter(background, 0.15), darker(background, 0.08)));
            g.fill(rect(0, 0, size, size));
            g.setColor(withAlpha(lighter(background, 0.35), 120));
            g.fill(oval(size * rnd(r, 0.3, 0.7), size * rnd(r, 0.3, 0.6), size * 0.42, size * 0.42));
            person(g, r, 0, 0, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    // ------------------------------------------------------------------------------------------ motifs

    /** Skyline silhouettes with lit windows against a dusk sky, reflected in a river. */
    private static void city(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double hue = rnd(r, 0.6, 0.76);
        Color top = hsb(hue, 0.7, 0.2);
        Color middle = hsb(hue + rnd(r, 0.1, 0.2), 0.45, 0.45);
        Color dusk = hsb(rnd(r, 0.02, 0.1), 0.65, 0.98);
        double ground = h * 0.84;
        g.setPaint(vertical(0, ground, new float[] {0f, 0.55f, 1f}, top, middle, dusk));
        g.fill(rect(0, 0, w, ground));
        stars(g, r, w, h * 0.45, (int) (w * h / 6000), new Color(255, 250, 230), u);
        double sunX = w * rnd(r, 0.2, 0.8);
        double sunY = h * rnd(r, 0.52, 0.62);
        double sunR = h * rnd(r, 0.07, 0.1);
        glow(g, sunX, sunY, sunR * 5, dusk, 140);
        g.setColor(mix(dusk, Color.WHITE, 0.4));
        g.fill(oval(sunX, sunY, sunR, sunR));
        Color far = mix(middle, top, 0.45);
        skyline(g, r, w, ground, h * 0.2, h * 0.45, w * 0.03, w * 0.07, far, 0, null, u);
        Color near = darker(top, 0.45);
        Color light = hsb(rnd(r, 0.1, 0.15), 0.55, 1);
        skyline(g, r, w, ground + u, h * 0.18, h * 0.6, w * 0.04, w * 0.09, near, rnd(r, 0.3, 0.5), light, u);
        // river in front, catching the lights
        g.setPaint(vertical(ground, h, darker(top, 0.3), darker(top, 0.6)));
        g.fill(rect(0, ground, w, h - ground));
        g.setColor(darker(top, 0.7));
        g.fill(rect(0, ground, w, u * 0.8));
        int ripples = (int) (w / u * 0.9);
        for (int i = 0; i < ripples; i++) {
            double x = r.nextDouble() * w;
            double y = ground + u * 1.5 + r.nextDouble() * (h - ground - u * 2);
            boolean underSun = Math.abs(x - sunX) < sunR * 1.6;
            Color c = underSun ? dusk : light;
            g.setColor(withAlpha(c, underSun ? 170 : 60 + r.nextInt(80)));
            g.fill(rect(x, y, u * rnd(r, 1, underSun ? 6 : 3), Math.max(1, u * 0.35)));
        }
    }

    /** A columned parliament building with steps, a pediment and a flag. */
    private static void parliament(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double ground = h * 0.84;
        g.setPaint(vertical(0, ground, hsb(rnd(r, 0.56, 0.6), rnd(r, 0.45, 0.6), 0.82), hsb(0.1, 0.12, 0.99)));
        g.fill(rect(0, 0, w, ground));
        for (int i = 0; i < 3; i++) {
            g.setColor(withAlpha(Color.WHITE, 190));
            g.fill(cloud(r, w * rnd(r, -0.1, 0.9), h * rnd(r, 0.08, 0.3), w * rnd(r, 0.14, 0.24), h * 0.09));
        }
        Color stone = hsb(rnd(r, 0.08, 0.13), rnd(r, 0.1, 0.22), rnd(r, 0.9, 0.97));
        Color shade = darker(stone, 0.28);
        g.setPaint(vertical(ground, h, mix(stone, shade, 0.5), shade));
        g.fill(rect(0, ground, w, h - ground));
        double cx = w * 0.5 + w * rnd(r, -0.04, 0.04);
        double bw = Math.min(w * 0.56, h * 1.1);
        int steps = 5;
        double stepH = u * 1.8;
        double base = ground - steps * stepH;
        double colH = h * rnd(r, 0.25, 0.29);
        double colTop = base - colH;
        double entH = u * 5.5;
        double entTop = colTop - entH;
        double pedH = h * 0.11;
        // side wings with arched windows
        double wingH = colH * 0.8;
        double wingW = bw * 0.42;
        for (int side = -1; side <= 1; side += 2) {
            double wx = side < 0 ? cx - bw * 0.46 - wingW : cx + bw * 0.46;
            g.setColor(mix(stone, shade, 0.18));
            g.fill(rect(wx, base - wingH, wingW, wingH + steps * stepH));
            g.setColor(stone);
            g.fill(rect(wx - u * 0.5, base - wingH - u * 2.2, wingW + u, u * 2.2));
            int cols = Math.max(2, (int) (wingW / (u * 6)));
            double cell = wingW / cols;
            for (int row = 0; row < 2; row++) {
                for (int c = 0; c < cols; c++) {
                    double x = wx + c * cell + cell * 0.3;
                    double y = base - wingH + u * 3 + row * wingH * 0.48;
                    g.setColor(hsb(0.58, 0.25, 0.35));
                    g.fill(new RoundRectangle2D.Double(x, y, cell * 0.4, wingH * 0.32, cell * 0.4, cell * 0.4));
                }
            }
        }
        double poleX = cx;
        double poleBase = entTop - pedH;
        if (r.nextBoolean()) {
            // a dome rising behind the portico
            double dr = bw * 0.17;
            double drumTop = entTop - pedH * 0.7 - h * 0.05;
            g.setColor(mix(stone, shade, 0.12));
            g.fill(rect(cx - dr, drumTop, dr * 2, entTop - drumTop));
            g.setColor(mix(stone, shade, 0.35));
            for (int i = 0; i < 7; i++) {
                g.fill(rect(cx - dr + dr * 2 * (i + 0.35) / 7, drumTop + u * 1.5, dr * 0.12, h * 0.04));
            }
            Shape dome = new Arc2D.Double(cx - dr * 0.92, drumTop - dr * 0.85, dr * 1.84, dr * 1.7, 0, 180, Arc2D.CHORD);
            g.setPaint(new GradientPaint((float) (cx - dr), 0, stone, (float) (cx + dr), 0, shade));
            g.fill(dome);
            g.setColor(withAlpha(shade, 160));
            g.setStroke(stroke(u * 0.25));
            for (int i = 1; i < 6; i++) {
                double k = i / 6.0 * 2 - 1;
                g.draw(new Arc2D.Double(cx - dr * 0.92 * Math.abs(k), drumTop - dr * 0.85, dr * 1.84 * Math.abs(k),
                    dr * 1.7, k < 0 ? 90 : 0, 90, Arc2D.OPEN));
            }
            g.setColor(stone);
            g.fill(rect(cx - dr * 0.12, drumTop - dr * 0.85 - u * 3, dr * 0.24, u * 3.2));
            poleBase = drumTop - dr * 0.85 - u * 3;
        }
        // shadowed wall behind the columns, with doors
        g.setColor(darker(stone, 0.42));
        g.fill(rect(cx - bw * 0.46, colTop, bw * 0.92, colH));
        g.setColor(darker(stone, 0.62));
        for (int i = -1; i <= 1; i++) {
            g.fill(new RoundRectangle2D.Double(cx + i * bw * 0.2 - bw * 0.035, base - colH * 0.55, bw * 0.07,
                colH * 0.55, bw * 0.07, bw * 0.07));
        }
        int n = r.nextBoolean() ? 6 : 8;
        double span = bw * 0.9;
        double cw = span / n * 0.42;
        for (int i = 0; i < n; i++) {
            double x = cx - span / 2 + (i + 0.5) * span / n - cw / 2;
            g.setPaint(new GradientPaint((float) x, 0, lighter(stone, 0.5), (float) (x + cw), 0, shade));
            g.fill(rect(x, colTop + u * 1.5, cw, colH - u * 3));
            g.setColor(withAlpha(shade, 110));
            g.setStroke(stroke(Math.max(1, u * 0.18)));
            for (int f = 1; f < 4; f++) {
                g.draw(new Line2D.Double(x + cw * f / 4, colTop + u * 2, x + cw * f / 4, base - u * 2));
            }
            g.setColor(stone);
            g.fill(rect(x - cw * 0.22, colTop, cw * 1.44, u * 1.6));
            g.fill(rect(x - cw * 0.18, base - u * 1.5, cw * 1.36, u * 1.5));
        }
        // entablature and pediment
        g.setColor(stone);
        g.fill(rect(cx - bw * 0.5, entTop, bw, entH));
        g.setColor(mix(stone, shade, 0.5));
        g.fill(rect(cx - bw * 0.5, entTop + entH * 0.55, bw, Math.max(1, u * 0.3)));
        for (double x = cx - bw * 0.49; x < cx + bw * 0.49; x += u * 1.6) {
            g.fill(rect(x, entTop + u * 0.4, u * 0.8, u * 1.1));
        }
        g.setColor(stone);
        g.fill(poly(cx - bw * 0.53, entTop, cx, entTop - pedH, cx + bw * 0.53, entTop));
        g.setColor(mix(stone, shade, 0.35));
        g.fill(poly(cx - bw * 0.44, entTop - u, cx, entTop - pedH + u * 2.2, cx + bw * 0.44, entTop - u));
        // steps
        for (int k = 0; k < steps; k++) {
            double y = ground - (k + 1) * stepH;
            double sw = bw * (1.08 - k * 0.025);
            g.setColor(k % 2 == 0 ? stone : mix(stone, shade, 0.12));
            g.fill(rect(cx - sw / 2, y, sw, stepH));
            g.setColor(mix(stone, shade, 0.6));
            g.fill(rect(cx - sw / 2, y + stepH - Math.max(1, u * 0.3), sw, Math.max(1, u * 0.3)));
        }
        flag(g, r, poleX, poleBase, h * 0.16, u);
        // hedges on both sides
        Color hedge = hsb(rnd(r, 0.27, 0.35), 0.55, 0.45);
        for (int i = 0; i < 14; i++) {
            double x = i < 7 ? w * rnd(r, -0.05, 0.2) : w * rnd(r, 0.8, 1.05);
            g.setColor(mix(hedge, Color.BLACK, rnd(r, 0, 0.25)));
            g.fill(oval(x, ground + u * rnd(r, -1, 2), h * rnd(r, 0.05, 0.09), h * rnd(r, 0.04, 0.07)));
        }
    }

    /** A globe with meridians, continent-like blobs and flight arcs. */
    private static void globe(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        boolean night = r.nextBoolean();
        if (night) {
            double hue = rnd(r, 0.6, 0.7);
            g.setPaint(vertical(0, h, hsb(hue, 0.7, 0.12), hsb(hue + 0.05, 0.6, 0.28)));
            g.fill(rect(0, 0, w, h));
            stars(g, r, w, h, (int) (w * h / 3000), Color.WHITE, u);
        } else {
            double hue = r.nextBoolean() ? rnd(r, 0.05, 0.12) : rnd(r, 0.45, 0.55);
            g.setPaint(vertical(0, h, hsb(hue, 0.22, 0.98), hsb(hue, 0.35, 0.88)));
            g.fill(rect(0, 0, w, h));
            g.setColor(withAlpha(Color.WHITE, 90));
            for (int i = 0; i < 5; i++) {
                double s = h * rnd(r, 0.04, 0.15);
                g.fill(oval(w * r.nextDouble(), h * r.nextDouble(), s, s));
            }
        }
        double radius = h * rnd(r, 0.36, 0.4);
        double cx = w * 0.5 + Math.max(0, w / 2 - radius * 1.3) * rnd(r, -0.6, 0.6);
        double cy = h * 0.52;
        Color atmosphere = hsb(rnd(r, 0.52, 0.58), 0.4, 1);
        glow(g, cx, cy, radius * 1.4, atmosphere, night ? 120 : 90);
        Color ocean = hsb(rnd(r, 0.55, 0.61), 0.72, 0.78);
        Shape disc = oval(cx, cy, radius, radius);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - radius * 0.3, cy - radius * 0.35),
            (float) (radius * 1.4), new float[] {0f, 1f}, new Color[] {lighter(ocean, 0.25), darker(ocean, 0.3)}));
        g.fill(disc);
        Shape oldClip = g.getClip();
        AffineTransform oldTransform = g.getTransform();
        g.clip(disc);
        g.rotate(rnd(r, -0.4, 0.1), cx, cy);
        Color land = hsb(rnd(r, 0.24, 0.33), rnd(r, 0.4, 0.6), rnd(r, 0.62, 0.75));
        Color sand = hsb(rnd(r, 0.09, 0.12), 0.35, 0.85);
        int blobs = 6 + r.nextInt(4);
        for (int b = 0; b < blobs; b++) {
            double lon0 = rnd(r, -1.25, 1.25);
            double lat0 = rnd(r, -0.9, 1.05);
            double size = rnd(r, 0.2, 0.55);
            double p1 = rnd(r, 0, 6.3);
            double p2 = rnd(r, 0, 6.3);
            int points = 36;
            Point2D.Double[] outline = new Point2D.Double[points];
            for (int k = 0; k < points; k++) {
                double a = Math.PI * 2 * k / points;
                double rad = size * (1 + 0.3 * Math.sin(2 * a + p1) + 0.18 * Math.sin(3 * a + p2)
                    + 0.1 * (r.nextDouble() - 0.5));
                double lat = Math.max(-1.5, Math.min(1.5, lat0 + rad * Math.sin(a)));
                double lon = lon0 + rad * Math.cos(a) / Math.max(0.35, Math.cos(lat0));
                lon = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, lon));
                outline[k] = new Point2D.Double(cx + radius * Math.cos(lat) * Math.sin(lon),
                    cy - radius * Math.sin(lat));
            }
            g.setColor(b % 4 == 3 ? sand : land);
            g.fill(smooth(outline));
        }
        // graticule
        g.setColor(withAlpha(Color.WHITE, 70));
        g.setStroke(stroke(Math.max(1, u * 0.25)));
        double phase = rnd(r, 0, Math.PI / 12);
        for (double lon = -Math.PI / 2 + phase; lon < Math.PI / 2; lon += Math.PI / 12) {
            double a = radius * Math.abs(Math.sin(lon));
            g.draw(new Arc2D.Double(cx - a, cy - radius, a * 2, radius * 2, lon > 0 ? -90 : 90, 180, Arc2D.OPEN));
        }
        for (int k = -2; k <= 2; k++) {
            double lat = k * Math.PI / 7;
            double y = cy - radius * Math.sin(lat);
            double half = radius * Math.cos(lat);
            g.draw(new Line2D.Double(cx - half, y, cx + half, y));
        }
        g.setTransform(oldTransform);
        g.setClip(oldClip);
        // night side shading and a rim of atmosphere
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - radius * 0.35, cy - radius * 0.4),
            (float) (radius * 1.6), new float[] {0f, 0.5f, 1f},
            new Color[] {withAlpha(Color.WHITE, 40), withAlpha(Color.BLACK, 0), withAlpha(Color.BLACK, 150)}));
        g.fill(disc);
        g.setColor(withAlpha(atmosphere, 170));
        g.setStroke(stroke(u * 0.7));
        g.draw(disc);
        // flight arcs between cities
        Color accent = night ? hsb(rnd(r, 0.1, 0.15), 0.7, 1) : hsb(rnd(r, 0.95, 1.05), 0.75, 0.95);
        for (int i = 0; i < 3; i++) {
            Point2D.Double a = onSphere(r, cx, cy, radius);
            Point2D.Double b = onSphere(r, cx, cy, radius);
            double mx = (a.x + b.x) / 2;
            double my = (a.y + b.y) / 2;
            double lift = 1.25 + Math.hypot(a.x - b.x, a.y - b.y) / radius * 0.25;
            Path2D arc = new Path2D.Double();
            arc.moveTo(a.x, a.y);
            arc.quadTo(cx + (mx - cx) * lift, cy + (my - cy) * lift - radius * 0.15, b.x, b.y);
            g.setColor(accent);
            g.setStroke(new BasicStroke((float) (u * 0.5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
                new float[] {(float) (u * 1.6), (float) (u * 1.2)}, 0));
            g.draw(arc);
            for (Point2D.Double p : List.of(a, b)) {
                glow(g, p.x, p.y, u * 3, accent, 160);
                g.setColor(accent);
                g.fill(oval(p.x, p.y, u * 0.9, u * 0.9));
            }
        }
    }

    private static Point2D.Double onSphere(SplittableRandom r, double cx, double cy, double radius) {
        double lat = rnd(r, -0.9, 0.9);
        double lon = rnd(r, -1.1, 1.1);
        return new Point2D.Double(cx + radius * Math.cos(lat) * Math.sin(lon), cy - radius * Math.sin(lat));
    }

    /** A market chart: grid, candlesticks, a moving average and volume bars. */
    private static void chart(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double hue = rnd(r, 0.58, 0.7);
        g.setPaint(vertical(0, h, hsb(hue, 0.55, 0.2), hsb(hue, 0.6, 0.1)));
        g.fill(rect(0, 0, w, h));
        double left = w * 0.05;
        double right = w * 0.88;
        double top = h * 0.14;
        double bottom = h * 0.7;
        double volTop = h * 0.76;
        double volBottom = h * 0.93;
        // grid and axis placeholders
        g.setStroke(stroke(Math.max(1, u * 0.15)));
        g.setColor(withAlpha(Color.WHITE, 28));
        for (int i = 0; i <= 6; i++) {
            double y = top + (bottom - top) * i / 6;
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(withAlpha(Color.WHITE, 50));
            g.fill(new RoundRectangle2D.Double(right + w * 0.02, y - u * 0.6, w * 0.05, u * 1.2, u, u));
            g.setColor(withAlpha(Color.WHITE, 28));
        }
        for (int i = 0; i <= 10; i++) {
            double x = left + (right - left) * i / 10;
            g.draw(new Line2D.Double(x, top, x, volBottom));
        }
        g.draw(new Line2D.Double(left, volBottom, right, volBottom));
        // header pills, like a ticker strip
        double px = left;
        for (int i = 0; i < 4; i++) {
            double pw = w * rnd(r, 0.06, 0.11);
            g.setColor(withAlpha(Color.WHITE, i == 0 ? 90 : 35));
            g.fill(new RoundRectangle2D.Double(px, h * 0.05, pw, u * 3.2, u * 3.2, u * 3.2));
            px += pw + w * 0.015;
        }
        int n = 28 + r.nextInt(16);
        double[] open = new double[n];
        double[] close = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] volume = new double[n];
        double price = 100;
        double drift = rnd(r, -0.5, 0.9);
        for (int i = 0; i < n; i++) {
            open[i] = price;
            close[i] = price + drift + (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5) * 3.2;
            high[i] = Math.max(open[i], close[i]) + rnd(r, 0.2, 1.8);
            low[i] = Math.min(open[i], close[i]) - rnd(r, 0.2, 1.8);
            volume[i] = rnd(r, 0.25, 0.7) + Math.abs(close[i] - open[i]) / 8;
            price = close[i];
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double maxVolume = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, low[i]);
            max = Math.max(max, high[i]);
            maxVolume = Math.max(maxVolume, volume[i]);
        }
        double pad = (max - min) * 0.08;
        double lo = min - pad;
        double span = max + pad - lo;
        double step = (right - left) / n;
        Color up = hsb(rnd(r, 0.36, 0.42), 0.7, 0.85);
        Color down = hsb(rnd(r, 0.98, 1.01), 0.72, 0.92);
        Color accent = hsb(rnd(r, 0.1, 0.16), 0.75, 1);
        // the closing-price area
        Path2D area = new Path2D.Double();
        Point2D.Double[] closes = new Point2D.Double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = new Point2D.Double(left + step * (i + 0.5), bottom - (close[i] - lo) / span * (bottom - top));
        }
        area.moveTo(closes[0].x, bottom);
        for (Point2D.Double p : closes) {
            area.lineTo(p.x, p.y);
        }
        area.lineTo(closes[n - 1].x, bottom);
        area.closePath();
        g.setPaint(vertical(top, bottom, withAlpha(accent, 70), withAlpha(accent, 0)));
        g.fill(area);
        for (int i = 0; i < n; i++) {
            double x = left + step * (i + 0.5);
            Color c = close[i] >= open[i] ? up : down;
            double yHigh = bottom - (high[i] - lo) / span * (bottom - top);
            double yLow = bottom - (low[i] - lo) / span * (bottom - top);
            double yOpen = bottom - (open[i] - lo) / span * (bottom - top);
            double yClose = closes[i].y;
            g.setColor(c);
            g.setStroke(stroke(Math.max(1, u * 0.22)));
            g.draw(new Line2D.Double(x, yHigh, x, yLow));
            double bodyTop = Math.min(yOpen, yClose);
            g.fill(rect(x - step * 0.3, bodyTop, step * 0.6, Math.max(u * 0.4, Math.abs(yOpen - yClose))));
            double vh = volume[i] / maxVolume * (volBottom - volTop);
            g.setColor(withAlpha(c, 120));
            g.fill(rect(x - step * 0.3, volBottom - vh, step * 0.6, vh));
        }
        // moving average
        Point2D.Double[] average = new Point2D.Double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int k = Math.max(0, i - 4); k <= i; k++) {
                sum += close[k];
                count++;
            }
            average[i] = new Point2D.Double(closes[i].x, bottom - (sum / count - lo) / span * (bottom - top));
        }
        g.setColor(accent);
        g.setStroke(stroke(u * 0.5));
        g.draw(smoothLine(average));
        // last price marker
        Point2D.Double last = closes[n - 1];
        Color lastColor = close[n - 1] >= open[n - 1] ? up : down;
        g.setColor(withAlpha(lastColor, 170));
        g.setStroke(new BasicStroke((float) Math.max(1, u * 0.2), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {(float) (u * 1.2), (float) (u * 0.8)}, 0));
        g.draw(new Line2D.Double(left, last.y, right, last.y));
        g.setColor(lastColor);
        g.fill(new RoundRectangle2D.Double(right + w * 0.012, last.y - u * 1.8, w * 0.075, u * 3.6, u, u));
        g.setColor(withAlpha(Color.WHITE, 200));
        g.fill(new RoundRectangle2D.Double(right + w * 0.022, last.y - u * 0.5, w * 0.05, u, u, u));
        glow(g, last.x, last.y, u * 5, lastColor, 150);
        g.setColor(Color.WHITE);
        g.fill(oval(last.x, last.y, u * 0.8, u * 0.8));
    }

    /** A football pitch in perspective under floodlights, with stands and players. */
    private static void stadium(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        Camera cam = new Camera(w / 2, h * 0.164, h * 1.254, 20);
        double farZ = 98;
        double nearZ = 30;
        Color night = hsb(rnd(r, 0.6, 0.68), 0.6, 0.12);
        g.setPaint(vertical(0, h * 0.45, night, darker(night, 0.4)));
        g.fill(rect(0, 0, w, h));
        double grassTop = cam.floor(0, farZ + 7).y;
        double standTop = h * 0.1;
        // stands full of people
        g.setPaint(vertical(standTop, grassTop, hsb(0.62, 0.25, 0.2), hsb(0.62, 0.2, 0.32)));
        g.fill(rect(0, standTop, w, grassTop - standTop));
        Color home = hsb(rnd(r, 0, 1), 0.75, 0.85);
        Color away = hsb(rnd(r, 0, 1), 0.6, 0.95);
        double rowGap = u * 1.15;
        int row = 0;
        for (double y = standTop + u * 1.5; y < grassTop - u * 2.5; y += rowGap, row++) {
            if (row % 7 == 6) {
                g.setColor(hsb(0.62, 0.15, 0.45));
                g.fill(rect(0, y - u * 0.2, w, u * 0.5));
                continue;
            }
            double dot = u * 0.42;
            for (double x = (row % 2) * dot; x < w; x += dot * 2.3) {
                double k = r.nextDouble();
                Color c = k < 0.45 ? home : k < 0.6 ? away : hsb(rnd(r, 0, 1), 0.3, rnd(r, 0.4, 0.9));
                g.setColor(mix(c, night, 0.35));
                g.fill(oval(x, y, dot, dot * 1.1));
            }
        }
        // roof and floodlights
        g.setColor(darker(night, 0.3));
        g.fill(rect(0, 0, w, standTop));
        g.setColor(hsb(0.62, 0.2, 0.3));
        g.fill(rect(0, standTop - u * 0.8, w, u * 0.8));
        int lamps = Math.max(3, (int) (w / (h * 0.3)));
        for (int i = 0; i < lamps; i++) {
            double x = w * (i + 0.5) / lamps;
            glow(g, x, standTop * 0.6, h * 0.16, new Color(255, 250, 220), 90);
            g.setColor(new Color(255, 253, 235));
            g.fill(new RoundRectangle2D.Double(x - u * 4, standTop * 0.6 - u * 1.2, u * 8, u * 2.4, u, u));
        }
        // advertising boards
        double boardH = u * 2.2;
        double bx = -rnd(r, 0, u * 10);
        Color[] boards = {home, away, hsb(rnd(r, 0, 1), 0.6, 0.8), Color.WHITE};
        for (int i = 0; bx < w; i++) {
            double bwid = u * rnd(r, 10, 22);
            g.setColor(mix(boards[i % boards.length], night, 0.15));
            g.fill(rect(bx, grassTop - boardH, bwid - u * 0.3, boardH));
            bx += bwid;
        }
        // grass with mowing stripes
        Color grass = hsb(rnd(r, 0.27, 0.33), 0.65, 0.62);
        g.setColor(grass);
        g.fill(rect(0, grassTop, w, h - grassTop));
        for (int k = -14; k < 14; k++) {
            if (k % 2 == 0) {
                continue;
            }
            g.setColor(lighter(grass, 0.08));
            g.fill(cam.floorQuad(k * 5.25, farZ + 7, (k + 1) * 5.25, nearZ - 10));
        }
        g.setPaint(vertical(grassTop, h, withAlpha(Color.BLACK, 70), withAlpha(Color.BLACK, 0)));
        g.fill(rect(0, grassTop, w, (h - grassTop) * 0.5));
        // pitch markings
        g.setColor(withAlpha(Color.WHITE, 225));
        g.setStroke(stroke(Math.max(1, u * 0.35)));
        double midZ = (farZ + nearZ) / 2;
        g.draw(cam.floorQuad(-52.5, farZ, 52.5, nearZ));
        g.draw(cam.floorLine(0, farZ, 0, nearZ));
        g.draw(cam.floorCircle(0, midZ, 9.15));
        g.fill(cam.floorDisc(0, midZ, 0.5));
        for (int side = -1; side <= 1; side += 2) {
            double gx = side * 52.5;
            g.draw(cam.floorQuad(gx, midZ - 20.16, gx - side * 16.5, midZ + 20.16));
            g.draw(cam.floorQuad(gx, midZ - 9.16, gx - side * 5.5, midZ + 9.16));
            g.fill(cam.floorDisc(gx - side * 11, midZ, 0.5));
            // goal frame with its net
            Path2D goal = new Path2D.Double();
            moveTo(goal, cam.at(gx, 0, midZ - 3.66));
            lineTo(goal, cam.at(gx, 2.44, midZ - 3.66));
            lineTo(goal, cam.at(gx, 2.44, midZ + 3.66));
            lineTo(goal, cam.at(gx, 0, midZ + 3.66));
            Path2D net = new Path2D.Double();
            moveTo(net, cam.at(gx, 2.44, midZ - 3.66));
            lineTo(net, cam.at(gx + side * 2, 1.5, midZ - 3.66));
            lineTo(net, cam.at(gx + side * 2, 1.5, midZ + 3.66));
            lineTo(net, cam.at(gx, 2.44, midZ + 3.66));
            g.setColor(withAlpha(Color.WHITE, 90));
            g.fill(net);
            g.setColor(Color.WHITE);
            g.draw(goal);
        }
        // players and the ball
        Color homeKit = home;
        Color awayKit = lighter(away, 0.3);
        int players = 10 + r.nextInt(6);
        for (int i = 0; i < players; i++) {
            double x = rnd(r, -40, 40);
            double z = rnd(r, 36, 94);
            Point2D.Double foot = cam.at(x, 0, z);
            Point2D.Double headPoint = cam.at(x, 1.8, z);
            double ph = foot.y - headPoint.y;
            g.setColor(withAlpha(Color.BLACK, 70));
            g.fill(oval(foot.x, foot.y, ph * 0.3, ph * 0.08));
            g.setColor(i % 2 == 0 ? homeKit : awayKit);
            g.fill(new RoundRectangle2D.Double(foot.x - ph * 0.16, foot.y - ph * 0.82, ph * 0.32, ph * 0.5, ph * 0.15,
                ph * 0.15));
            g.setColor(darker(i % 2 == 0 ? homeKit : awayKit, 0.5));
            g.fill(rect(foot.x - ph * 0.12, foot.y - ph * 0.36, ph * 0.09, ph * 0.36));
            g.fill(rect(foot.x + ph * 0.03, foot.y - ph * 0.36, ph * 0.09, ph * 0.36));
            g.setColor(hsb(0.07, 0.45, rnd(r, 0.45, 0.85)));
            g.fill(oval(foot.x, foot.y - ph * 0.9, ph * 0.1, ph * 0.1));
        }
        Point2D.Double ball = cam.at(rnd(r, -20, 20), 0.2, rnd(r, 45, 80));
        g.setColor(Color.WHITE);
        g.fill(oval(ball.x, ball.y, u * 0.5, u * 0.5));
    }

    /** A basketball court seen from mid-court, with the hoop and backboard. */
    private static void court(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        Camera cam = new Camera(w / 2, h * 0.2, h * 1.05, 4);
        double baseline = 12;
        Color team = hsb(rnd(r, 0, 1), rnd(r, 0.55, 0.75), rnd(r, 0.5, 0.7));
        Color wood = hsb(rnd(r, 0.07, 0.1), rnd(r, 0.4, 0.55), rnd(r, 0.8, 0.9));
        // arena wall with dim stands
        Color dark = hsb(rnd(r, 0.6, 0.7), 0.35, 0.14);
        g.setPaint(vertical(0, h * 0.6, darker(dark, 0.4), dark));
        g.fill(rect(0, 0, w, h));
        double wallZ = baseline + 4;
        double floorBack = cam.floor(0, wallZ).y;
        double rowGap = u * 1.3;
        for (double y = h * 0.05; y < floorBack - u * 6; y += rowGap) {
            double dot = u * 0.5;
            for (double x = rnd(r, 0, dot); x < w; x += dot * rnd(r, 1.8, 2.6)) {
                g.setColor(withAlpha(hsb(rnd(r, 0, 1), 0.35, rnd(r, 0.5, 0.9)), 70));
                g.fill(oval(x, y, dot, dot * 1.15));
            }
        }
        for (int i = 0; i < 4; i++) {
            glow(g, w * (0.15 + 0.7 * i / 3.0), h * 0.02, h * 0.35, new Color(255, 245, 215), 60);
        }
        // advertising boards along the wall
        g.setColor(team);
        g.fill(rect(0, floorBack - u * 6, w, u * 6));
        g.setColor(withAlpha(Color.WHITE, 180));
        for (double x = rnd(r, 0, u * 20); x < w; x += u * 24) {
            g.fill(new RoundRectangle2D.Double(x, floorBack - u * 4, u * 14, u * 2, u * 2, u * 2));
        }
        // wooden floor with planks converging to the vanishing point
        g.setColor(darker(team, 0.2));
        g.fill(rect(0, floorBack, w, h - floorBack));
        double nearZ = 3;
        for (int i = -60; i < 60; i++) {
            double x0 = i * 0.3;
            g.setColor(mix(wood, i % 3 == 0 ? Color.WHITE : Color.BLACK, Math.abs(Math.sin(i * 12.9898 + 4)) * 0.08));
            g.fill(cam.floorQuad(x0, wallZ, x0 + 0.3, nearZ));
        }
        // out of bounds band and the painted key
        Color line = Color.WHITE;
        double halfWidth = 7.5;
        g.setColor(darker(team, 0.1));
        g.fill(cam.floorQuad(-halfWidth - 6, wallZ, -halfWidth, nearZ));
        g.fill(cam.floorQuad(halfWidth, wallZ, halfWidth + 6, nearZ));
        g.fill(cam.floorQuad(-halfWidth - 6, wallZ, halfWidth + 6, baseline));
        g.setColor(withAlpha(team, 215));
        g.fill(cam.floorQuad(-2.45, baseline, 2.45, baseline - 5.8));
        g.setColor(line);
        g.setStroke(stroke(Math.max(1, u * 0.45)));
        g.draw(cam.floorLine(-halfWidth, baseline, halfWidth, baseline));
        g.draw(cam.floorLine(-halfWidth, baseline, -halfWidth, nearZ));
        g.draw(cam.floorLine(halfWidth, baseline, halfWidth, nearZ));
        g.draw(cam.floorQuad(-2.45, baseline, 2.45, baseline - 5.8));
        g.draw(cam.floorCircle(0, baseline - 5.8, 1.8));
        // three point line: straight sides, then an arc around the basket
        double basketZ = baseline - 1.575;
        Path2D three = new Path2D.Double();
        moveTo(three, cam.floor(-6.6, baseline));
        double start = Math.acos(6.6 / 6.75);
        lineTo(three, cam.floor(-6.6, basketZ - 6.75 * Math.sin(start) * 0 - 1.4));
        for (int k = 0; k <= 48; k++) {
            double a = Math.PI - start - (Math.PI - 2 * start) * k / 48.0;
            lineTo(three, cam.floor(6.75 * Math.cos(a), basketZ - 6.75 * Math.sin(a)));
        }
        lineTo(three, cam.floor(6.6, baseline));
        g.draw(three);
        // stanchion, backboard, rim and net (drawn a little larger than life, for legibility)
        double scale = 1.5;
        double boardZ = baseline - 1.2;
        Point2D.Double poleFoot = cam.at(0, 0, baseline + 1.6);
        Point2D.Double poleTop = cam.at(0, 3.9, baseline + 1.6);
        Point2D.Double armEnd = cam.at(0, 3.6, boardZ);
        g.setColor(darker(team, 0.55));
        g.fill(rect(poleFoot.x - u * 5, poleFoot.y - u * 3, u * 10, u * 3.4));
        g.setStroke(stroke(u * 1.6));
        g.draw(new Line2D.Double(poleFoot.x, poleFoot.y - u * 2, poleTop.x, poleTop.y));
        g.draw(new Line2D.Double(poleTop.x, poleTop.y, armEnd.x, armEnd.y));
        double boardW = 1.8 * scale;
        double boardBottom = 3.05 - 0.15 * scale;
        double boardTop = boardBottom + 1.05 * scale;
        Point2D.Double b0 = cam.at(-boardW / 2, boardTop, boardZ);
        Point2D.Double b1 = cam.at(boardW / 2, boardBottom, boardZ);
        Shape board = new RoundRectangle2D.Double(b0.x, b0.y, b1.x - b0.x, b1.y - b0.y, u, u);
        g.setColor(withAlpha(Color.WHITE, 215));
        g.fill(board);
        g.setColor(darker(team, 0.3));
        g.setStroke(stroke(u * 0.6));
        g.draw(board);
        Point2D.Double s0 = cam.at(-0.3 * scale, boardBottom + 0.45 * scale, boardZ);
        Point2D.Double s1 = cam.at(0.3 * scale, boardBottom + 0.05 * scale, boardZ);
        g.setStroke(stroke(u * 0.45));
        g.draw(rect(s0.x, s0.y, s1.x - s0.x, s1.y - s0.y));
        double rimR = 0.23 * scale;
        double rimZ = boardZ - 0.15 - rimR;
        Point2D.Double rimCenter = cam.at(0, 3.05, rimZ);
        double rimW = cam.focal() * rimR / rimZ;
        double rimH = rimW * 0.28;
        double netH = rimW * 1.25;
        g.setColor(withAlpha(Color.WHITE, 230));
        g.setStroke(stroke(Math.max(1, u * 0.25)));
        int strands = 10;
        for (int k = 0; k <= strands; k++) {
            double t = (double) k / strands;
            double xTop = rimCenter.x - rimW + 2 * rimW * t;
            double xBottom = rimCenter.x - rimW * 0.55 + 2 * rimW * 0.55 * t;
            double xBottomShift = rimCenter.x - rimW * 0.55 + 2 * rimW * 0.55 * Math.min(1, t + 0.2);
            g.draw(new Line2D.Double(xTop, rimCenter.y, xBottom, rimCenter.y + netH));
            g.draw(new Line2D.Double(xTop, rimCenter.y, xBottomShift, rimCenter.y + netH));
        }
        g.draw(new Line2D.Double(rimCenter.x - rimW * 0.55, rimCenter.y + netH, rimCenter.x + rimW * 0.55,
            rimCenter.y + netH));
        g.setColor(hsb(0.05, 0.85, 0.95));
        g.setStroke(stroke(u * 0.7));
        g.draw(oval(rimCenter.x, rimCenter.y, rimW, rimH));
        // the ball in flight
        double ballR = rimW * 0.8;
        double bxPos = rimCenter.x + (r.nextBoolean() ? 1 : -1) * rnd(r, rimW * 3, w * 0.25);
        double byPos = rimCenter.y + rnd(r, -rimW * 2, rimW * 3);
        g.setColor(withAlpha(Color.BLACK, 60));
        Point2D.Double shadow = cam.floor((bxPos - cam.cx()) * 8 / cam.focal(), 8);
        g.fill(oval(shadow.x, shadow.y, ballR * 1.2, ballR * 0.3));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(bxPos - ballR * 0.35, byPos - ballR * 0.35),
            (float) (ballR * 1.6), new float[] {0f, 1f}, new Color[] {hsb(0.07, 0.7, 1), hsb(0.05, 0.85, 0.6)}));
        Shape ballShape = oval(bxPos, byPos, ballR, ballR);
        g.fill(ballShape);
        g.setColor(darker(hsb(0.05, 0.85, 0.6), 0.5));
        g.setStroke(stroke(Math.max(1, ballR * 0.08)));
        Shape oldClip = g.getClip();
        g.clip(ballShape);
        g.draw(new Line2D.Double(bxPos - ballR, byPos, bxPos + ballR, byPos));
        g.draw(new Line2D.Double(bxPos, byPos - ballR, bxPos, byPos + ballR));
        g.draw(oval(bxPos - ballR * 1.1, byPos, ballR * 0.9, ballR * 1.2));
        g.draw(oval(bxPos + ballR * 1.1, byPos, ballR * 0.9, ballR * 1.2));
        g.setClip(oldClip);
    }

    /** Temporary stand-in for motifs that are still to be drawn. */
    private static void placeholder(Graphics2D g, SplittableRandom r, double w, double h) {
        double hue = r.nextDouble();
        g.setPaint(vertical(0, h, hsb(hue, 0.55, 0.35), hsb(hue + 0.08, 0.45, 0.85)));
        g.fill(rect(0, 0, w, h));
        for (int i = 0; i < 12; i++) {
            g.setColor(hsb(hue + r.nextDouble() * 0.2, 0.5, 0.4 + r.nextDouble() * 0.5));
            double bw = w / 10 + r.nextDouble() * w / 5;
            double bh = h / 4 + r.nextDouble() * h / 2;
            g.fill(rect(r.nextDouble() * w, h - bh, bw, bh));
        }
    }

    // ------------------------------------------------------------------------------------------ figures

    /** A head-and-shoulders figure filling the square (x, y, size); used for portraits and gallery paintings. */
    private static void person(Graphics2D g, SplittableRandom r, double x, double y, double s) {
        Color[] skins = {new Color(0xF6D5BD), new Color(0xEDC2A0), new Color(0xE0AC83), new Color(0xC98E62),
            new Color(0xA86E48), new Color(0x8A5536), new Color(0x6B3F26)};
        Color[] hairs = {new Color(0x1E1A18), new Color(0x3B2A20), new Color(0x5C3B24), new Color(0x8A5A2F),
            new Color(0xC89B5B), new Color(0x9E9A96), new Color(0xA0412A)};
        Color skin = skins[r.nextInt(skins.length)];
        Color hair = hairs[r.nextInt(hairs.length)];
        Color cloth = hsb(rnd(r, 0, 1), rnd(r, 0.35, 0.7), rnd(r, 0.35, 0.75));
        Color skinShade = darker(skin, 0.14);
        int style = r.nextInt(7);
        boolean glasses = r.nextDouble() < 0.3;
        boolean beard = (style == 0 || style == 5) && r.nextDouble() < 0.45;
        boolean jacket = r.nextBoolean();
        double cx = x + s * 0.5;
        double headW = s * rnd(r, 0.32, 0.36);
        double headH = s * rnd(r, 0.4, 0.44);
        double headTop = y + s * 0.2;
        double headY = headTop + headH / 2;
        Shape head = oval(cx, headY, headW / 2, headH / 2);
        // long hair and headscarves fall behind the shoulders
        if (style == 2) {
            g.setColor(hair);
            g.fill(new RoundRectangle2D.Double(cx - headW * 0.62, headY - headH * 0.42, headW * 1.24, headH * 1.25,
                headW * 0.9, headW * 0.9));
        } else if (style == 6) {
            Color scarf = hsb(rnd(r, 0, 1), rnd(r, 0.3, 0.6), rnd(r, 0.45, 0.85));
            g.setColor(scarf);
            g.fill(oval(cx, headY + headH * 0.05, headW * 0.68, headH * 0.66));
            g.fill(new RoundRectangle2D.Double(cx - headW * 0.75, headY, headW * 1.5, headH * 0.95, headW, headW));
            hair = scarf;
        }
        // neck, shoulders and clothing
        g.setColor(skinShade);
        g.fill(rect(cx - headW * 0.2, headY + headH * 0.2, headW * 0.4, headH * 0.55));
        double shoulderTop = y + s * 0.74;
        Shape body = new RoundRectangle2D.Double(x + s * 0.1, shoulderTop, s * 0.8, s * 0.5, s * 0.34, s * 0.34);
        g.setColor(cloth);
        g.fill(body);
        if (jacket) {
            g.setColor(hsb(rnd(r, 0, 1), 0.08, rnd(r, 0.85, 0.97)));
            g.fill(poly(cx - s * 0.09, shoulderTop, cx + s * 0.09, shoulderTop, cx, y + s * 0.98));
            if (r.nextBoolean()) {
                g.setColor(hsb(rnd(r, 0, 1), 0.6, 0.55));
                g.fill(poly(cx - s * 0.02, shoulderTop + s * 0.02, cx + s * 0.02, shoulderTop + s * 0.02,
                    cx + s * 0.03, y + s * 0.95, cx, y + s * 0.99, cx - s * 0.03, y + s * 0.95));
            }
            g.setColor(darker(cloth, 0.25));
            g.setStroke(stroke(s * 0.012));
            g.draw(new Line2D.Double(cx - s * 0.09, shoulderTop, cx - s * 0.02, y + s));
            g.draw(new Line2D.Double(cx + s * 0.09, shoulderTop, cx + s * 0.02, y + s));
        } else {
            g.setColor(skinShade);
            g.fill(new Arc2D.Double(cx - s * 0.09, shoulderTop - s * 0.06, s * 0.18, s * 0.14, 180, 180, Arc2D.CHORD));
        }
        // ears and face
        g.setColor(skinShade);
        if (style != 6) {
            g.fill(oval(cx - headW * 0.5, headY + headH * 0.02, headW * 0.09, headH * 0.09));
            g.fill(oval(cx + headW * 0.5, headY + headH * 0.02, headW * 0.09, headH * 0.09));
        }
        g.setColor(skin);
        g.fill(head);
        if (beard) {
            Area b = new Area(head);
            b.subtract(new Area(oval(cx, headY - headH * 0.14, headW * 0.56, headH * 0.5)));
            b.intersect(new Area(rect(cx - headW, headY, headW * 2, headH)));
            g.setColor(hair);
            g.fill(b);
            g.fill(new RoundRectangle2D.Double(cx - headW * 0.16, headY + headH * 0.17, headW * 0.32, headH * 0.06,
                headH * 0.06, headH * 0.06));
        }
        // hair on top of the head
        g.setColor(hair);
        Area cap = new Area(oval(cx, headY - headH * 0.12, headW * 0.54, headH * 0.44));
        switch (style) {
            case 0 -> cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.12)));
            case 1 -> {
                cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.18)));
                cap.subtract(new Area(oval(cx + headW * 0.22, headY - headH * 0.05, headW * 0.36, headH * 0.2)));
                cap.add(new Area(oval(cx - headW * 0.3, headTop + headH * 0.02, headW * 0.35, headH * 0.14)));
            }
            case 2 -> {
                cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.2)));
                cap.add(new Area(oval(cx - headW * 0.5, headY, headW * 0.08, headH * 0.3)));
                cap.add(new Area(oval(cx + headW * 0.5, headY, headW * 0.08, headH * 0.3)));
            }
            case 3 -> {
                cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.1)));
                cap.add(new Area(oval(cx, headTop - headH * 0.06, headW * 0.22, headW * 0.22)));
            }
            case 4 -> {
                cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.1)));
                for (int i = 0; i < 11; i++) {
                    double a = Math.PI * (1.05 + 0.9 * i / 10.0);
                    cap.add(new Area(oval(cx + Math.cos(a) * headW * 0.52, headY - headH * 0.05
                        + Math.sin(a) * headH * 0.5, headW * 0.14, headW * 0.14)));
                }
            }
            case 5 -> {
                cap = new Area(oval(cx - headW * 0.47, headY - headH * 0.06, headW * 0.08, headH * 0.14));
                cap.add(new Area(oval(cx + headW * 0.47, headY - headH * 0.06, headW * 0.08, headH * 0.14)));
            }
            default -> {
                cap = new Area(oval(cx, headY - headH * 0.1, headW * 0.6, headH * 0.44));
                cap.subtract(new Area(oval(cx, headY + headH * 0.06, headW * 0.5, headH * 0.46)));
                cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.25)));
            }
        }
        g.fill(cap);
        // face: brows, eyes, nose, mouth
        double eyeY = headY + headH * 0.02;
        double eyeDx = headW * 0.2;
        Color ink = new Color(0x2A2220);
        g.setColor(ink);
        for (int side = -1; side <= 1; side += 2) {
            g.fill(oval(cx + side * eyeDx, eyeY, headW * 0.045, headW * 0.055));
        }
        g.setColor(style == 5 ? darker(skin, 0.45) : darker(hair, 0.1));
        g.setStroke(stroke(headW * 0.035));
        for (int side = -1; side <= 1; side += 2) {
            g.draw(new Line2D.Double(cx + side * eyeDx - headW * 0.08, eyeY - headH * 0.09,
                cx + side * eyeDx + headW * 0.08, eyeY - headH * 0.1));
        }
        g.setColor(darker(skin, 0.2));
        g.setStroke(stroke(headW * 0.03));
        g.draw(new Arc2D.Double(cx - headW * 0.05, eyeY + headH * 0.08, headW * 0.1, headH * 0.09, 200, 140,
            Arc2D.OPEN));
        g.setColor(hsb(0.99, 0.45, 0.6));
        g.setStroke(stroke(headW * 0.035));
        double smile = rnd(r, 0.03, 0.08);
        g.draw(new Arc2D.Double(cx - headW * 0.12, eyeY + headH * 0.2 - headH * smile, headW * 0.24,
            headH * smile * 2, 200, 140, Arc2D.OPEN));
        if (glasses) {
            g.setColor(new Color(0x222222));
            g.setStroke(stroke(headW * 0.025));
            for (int side = -1; side <= 1; side += 2) {
                g.draw(new RoundRectangle2D.Double(cx + side * eyeDx - headW * 0.13, eyeY - headH * 0.06,
                    headW * 0.26, headH * 0.14, headW * 0.1, headW * 0.1));
            }
            g.draw(new Line2D.Double(cx - eyeDx + headW * 0.13, eyeY, cx + eyeDx - headW * 0.13, eyeY));
        }
        if (style == 6) {
            // the scarf's band framing the forehead
            Area band = new Area(oval(cx, headY - headH * 0.1, headW * 0.62, headH * 0.5));
            band.subtract(new Area(oval(cx, headY + headH * 0.02, headW * 0.5, headH * 0.5)));
            band.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.45)));
            g.setColor(hair);
            g.fill(band);
        }
    }

    /** A waving red flag with a white crescent and star, on a pole standing at (x, baseY). */
    private static void flag(Graphics2D g, SplittableRandom r, double x, double baseY, double poleH, double u) {
        double top = baseY - poleH;
        g.setColor(new Color(0x5A5A5A));
        g.setStroke(stroke(Math.max(1, u * 0.5)));
        g.draw(new Line2D.Double(x, baseY, x, top));
        double fw = poleH * 0.62;
        double fh = fw * 0.62;
        double amp = fh * 0.08;
        double phase = rnd(r, 0, Math.PI * 2);
        Path2D cloth = new Path2D.Double();
        int steps = 20;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double y = top + Math.sin(t * Math.PI * 2 + phase) * amp * t;
            if (i == 0) {
                cloth.moveTo(x, y);
            } else {
                cloth.lineTo(x + fw * t, y);
            }
        }
        for (int i = steps; i >= 0; i--) {
            double t = (double) i / steps;
            cloth.lineTo(x + fw * t, top + fh + Math.sin(t * Math.PI * 2 + phase) * amp * t);
        }
        cloth.closePath();
        g.setPaint(new GradientPaint((float) x, 0, new Color(0xE30A17), (float) (x + fw * 0.25), 0,
            new Color(0xB80814), true));
        g.fill(cloth);
        double cy = top + fh / 2 + Math.sin(Math.PI * 0.7 + phase) * amp * 0.35;
        double cx = x + fw * 0.35;
        Area crescent = new Area(oval(cx, cy, fh * 0.25, fh * 0.25));
        crescent.subtract(new Area(oval(cx + fh * 0.0625, cy, fh * 0.2, fh * 0.2)));
        g.setColor(Color.WHITE);
        g.fill(crescent);
        g.fill(star(cx + fh * 0.31, cy, fh * 0.125, fh * 0.05, 5, Math.PI));
    }

    private static void skyline(Graphics2D g, SplittableRandom r, double w, double ground, double minH, double maxH,
        double minW, double maxW, Color body, double lit, Color light, double u) {
        double x = -rnd(r, 0, maxW);
        while (x < w) {
            double bw = rnd(r, minW, maxW);
            double bh = rnd(r, minH, maxH);
            double top = ground - bh;
            Area shape = new Area(rect(x, top, bw, bh + 1));
            switch (r.nextInt(5)) {
                case 0 -> shape.add(new Area(rect(x + bw * 0.18, top - bh * 0.07, bw * 0.64, bh * 0.07 + 1)));
                case 1 -> shape.add(new Area(poly(x, top + 1, x + bw / 2, top - bw * 0.45, x + bw, top + 1)));
                case 2 -> shape.add(new Area(rect(x + bw * 0.47, top - bh * 0.2, Math.max(1, bw * 0.05), bh * 0.2)));
                default -> {}
            }
            g.setColor(body);
            g.fill(shape);
            if (lit > 0) {
                double cellW = u * 2.4;
                double cellH = u * 2.8;
                int cols = Math.max(1, (int) ((bw - u * 2) / cellW));
                int rows = Math.max(0, (int) ((bh - u * 4) / cellH));
                double sx = x + (bw - cols * cellW) / 2 + cellW * 0.22;
                for (int row = 0; row < rows; row++) {
                    boolean floorLit = r.nextDouble() < 0.85;
                    for (int col = 0; col < cols; col++) {
                        boolean on = floorLit && r.nextDouble() < lit;
                        g.setColor(on ? mix(light, Color.WHITE, r.nextDouble() * 0.4) : lighter(body, 0.08));
                        g.fill(rect(sx + col * cellW, top + u * 2.5 + row * cellH, cellW * 0.56, cellH * 0.5));
                    }
                }
            }
            x += bw + rnd(r, -minW * 0.25, minW * 0.3);
        }
    }

    private static void stars(Graphics2D g, SplittableRandom r, double w, double maxY, int count, Color c, double u) {
        for (int i = 0; i < count; i++) {
            double x = r.nextDouble() * w;
            double y = r.nextDouble() * r.nextDouble() * maxY;
            double s = rnd(r, 0.08, 0.22) * u;
            g.setColor(withAlpha(c, 70 + r.nextInt(180)));
            g.fill(oval(x, y, s, s));
        }
    }

    /** A soft cloud made of overlapping circles on a flat base. */
    private static Area cloud(SplittableRandom r, double x, double y, double w, double h) {
        Area a = new Area(new RoundRectangle2D.Double(x, y + h * 0.45, w, h * 0.55, h * 0.55, h * 0.55));
        int puffs = 3 + r.nextInt(3);
        for (int i = 0; i < puffs; i++) {
            double px = x + w * (0.15 + 0.7 * i / (puffs - 1.0));
            double pr = h * rnd(r, 0.35, 0.6);
            a.add(new Area(oval(px, y + h * 0.6 - pr * 0.6, pr, pr)));
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------ geometry

    /** A pinhole camera looking horizontally: world x to the right, y up, z away from the viewer. */
    private record Camera(double cx, double horizon, double focal, double height) {

        Point2D.Double at(double x, double y, double z) {
            return new Point2D.Double(cx + focal * x / z, horizon + focal * (height - y) / z);
        }

        Point2D.Double floor(double x, double z) {
            return at(x, 0, z);
        }

        Path2D floorQuad(double x0, double z0, double x1, double z1) {
            Path2D p = new Path2D.Double();
            moveTo(p, floor(x0, z0));
            lineTo(p, floor(x1, z0));
            lineTo(p, floor(x1, z1));
            lineTo(p, floor(x0, z1));
            p.closePath();
            return p;
        }

        Line2D floorLine(double x0, double z0, double x1, double z1) {
            return new Line2D.Double(floor(x0, z0), floor(x1, z1));
        }

        Path2D floorCircle(double x, double z, double radius) {
            Path2D p = new Path2D.Double();
            for (int k = 0; k <= 64; k++) {
                double a = Math.PI * 2 * k / 64;
                Point2D.Double q = floor(x + radius * Math.cos(a), z + radius * Math.sin(a));
                if (k == 0) {
                    p.moveTo(q.x, q.y);
                } else {
                    p.lineTo(q.x, q.y);
                }
            }
            p.closePath();
            return p;
        }

        Shape floorDisc(double x, double z, double radius) {
            return floorCircle(x, z, radius);
        }
    }

    private static void moveTo(Path2D p, Point2D q) {
        p.moveTo(q.getX(), q.getY());
    }

    private static void lineTo(Path2D p, Point2D q) {
        p.lineTo(q.getX(), q.getY());
    }

    /** A closed, smooth outline through the midpoints of the given points. */
    private static Path2D smooth(Point2D.Double[] pts) {
        Path2D p = new Path2D.Double();
        int n = pts.length;
        p.moveTo((pts[n - 1].x + pts[0].x) / 2, (pts[n - 1].y + pts[0].y) / 2);
        for (int i = 0; i < n; i++) {
            Point2D.Double a = pts[i];
            Point2D.Double b = pts[(i + 1) % n];
            p.quadTo(a.x, a.y, (a.x + b.x) / 2, (a.y + b.y) / 2);
        }
        p.closePath();
        return p;
    }

    /** An open, smooth line through the given points. */
    private static Path2D smoothLine(Point2D.Double[] pts) {
        Path2D p = new Path2D.Double();
        p.moveTo(pts[0].x, pts[0].y);
        for (int i = 1; i < pts.length - 1; i++) {
            p.quadTo(pts[i].x, pts[i].y, (pts[i].x + pts[i + 1].x) / 2, (pts[i].y + pts[i + 1].y) / 2);
        }
        p.lineTo(pts[pts.length - 1].x, pts[pts.length - 1].y);
        return p;
    }

    private static Path2D star(double cx, double cy, double outer, double inner, int points, double rotation) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < points * 2; i++) {
            double a = rotation + Math.PI * i / points;
            double rad = i % 2 == 0 ? outer : inner;
            if (i == 0) {
                p.moveTo(cx + Math.cos(a) * rad, cy + Math.sin(a) * rad);
            } else {
                p.lineTo(cx + Math.cos(a) * rad, cy + Math.sin(a) * rad);
            }
        }
        p.closePath();
        return p;
    }

    private static Path2D poly(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static Rectangle2D rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** An ellipse given by its centre and radii. */
    private static Ellipse2D oval(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, rx * 2, ry * 2);
    }

    // ------------------------------------------------------------------------------------------ paint

    private static void setup(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static BasicStroke stroke(double width) {
        return new BasicStroke((float) Math.max(0.5, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A vertical gradient with evenly spaced colours. */
    private static Paint vertical(double y0, double y1, Color... colors) {
        float[] stops = new float[colors.length];
        for (int i = 0; i < colors.length; i++) {
            stops[i] = (float) i / (colors.length - 1);
        }
        return vertical(y0, y1, stops, colors);
    }

    private static Paint vertical(double y0, double y1, float[] stops, Color... colors) {
        double end = Math.max(y1, y0 + 1);
        return new LinearGradientPaint(0f, (float) y0, 0f, (float) end, stops, colors);
    }

    /** A soft radial glow fading to transparent. */
    private static void glow(Graphics2D g, double cx, double cy, double radius, Color c, int alpha) {
        if (radius < 1) {
            return;
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), (float) radius, new float[] {0f, 1f},
            new Color[] {withAlpha(c, alpha), withAlpha(c, 0)}));
        g.fill(oval(cx, cy, radius, radius));
    }

    private static Color hsb(double hue, double saturation, double brightness) {
        return Color.getHSBColor((float) (hue - Math.floor(hue)), (float) clamp(saturation), (float) clamp(brightness));
    }

    private static Color mix(Color a, Color b, double t) {
        double k = clamp(t);
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * k),
            (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * k),
            (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * k),
            (int) Math.round(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * k));
    }

    private static Color lighter(Color c, double t) {
        return mix(c, Color.WHITE, t);
    }

    private static Color darker(Color c, double t) {
        return mix(c, Color.BLACK, t);
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double rnd(SplittableRandom r, double lo, double hi) {
        return lo + r.nextDouble() * (hi - lo);
    }
}
