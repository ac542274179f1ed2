package tr.manset.demo;

import java.awt.BasicStroke;
import java.awt.Color;
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
                case "circuit" -> circuit(g, r, w, h);
                case "phone" -> phone(g, r, w, h);
                case "stage" -> stage(g, r, w, h);
                case "gallery" -> gallery(g, r, w, h);
                case "hospital" -> hospital(g, r, w, h);
                case "sea" -> sea(g, r, w, h);
                case "mountain" -> mountain(g, r, w, h);
                case "rain" -> rain(g, r, w, h);
                case "factory" -> factory(g, r, w, h);
                case "crowd" -> crowd(g, r, w, h);
                case "field" -> field(g, r, w, h);
                case "train" -> train(g, r, w, h);
                default -> throw new IllegalArgumentException("unknown motif: " + motif);
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
        skyline(g, r, w, ground + u, h * 0.16, h * 0.52, w * 0.04, w * 0.09, near, rnd(r, 0.3, 0.5), light, u);
        // river in front, catching the lights
        g.setPaint(vertical(ground, h, darker(top, 0.3), darker(top, 0.6)));
        g.fill(rect(0, ground, w, h - ground));
        g.setColor(darker(top, 0.7));
        g.fill(rect(0, ground, w, u * 0.8));
        int ripples = (int) (w / u * 0.9);
        Batch water = new Batch(withAlpha(dusk, 170), withAlpha(light, 70), withAlpha(light, 100),
            withAlpha(light, 130));
        for (int i = 0; i < ripples; i++) {
            double x = r.nextDouble() * w;
            double y = ground + u * 1.5 + r.nextDouble() * (h - ground - u * 2);
            boolean underSun = Math.abs(x - sunX) < sunR * 1.6;
            water.add(underSun ? 0 : 1 + r.nextInt(3),
                rect(x, y, u * rnd(r, 1, underSun ? 6 : 3), Math.max(1, u * 0.35)));
        }
        water.fill(g);
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
            Shape dome = new Arc2D.Double(cx - dr * 0.92, drumTop - dr * 0.85, dr * 1.84, dr * 1.7, 0, 180,
                Arc2D.CHORD);
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
        flag(g, r, poleX, poleBase, Math.min(h * 0.16, poleBase - h * 0.03), u);
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
        int blobs = 7 + r.nextInt(4);
        for (int b = 0; b < blobs; b++) {
            double lon0 = rnd(r, -1.3, 1.3);
            double lat0 = rnd(r, -0.95, 1.1);
            double size = rnd(r, 0.12, 0.36);
            g.setColor(land);
            g.fill(continent(r, cx, cy, radius, lon0, lat0, size));
            if (size > 0.24 && r.nextBoolean()) {
                // a desert inside the larger land masses
                g.setColor(sand);
                g.fill(continent(r, cx, cy, radius, lon0 + rnd(r, -0.08, 0.08), lat0 - size * 0.2, size * 0.42));
            }
        }
        for (int b = 0; b < 6; b++) {
            g.setColor(land);
            g.fill(continent(r, cx, cy, radius, rnd(r, -1.3, 1.3), rnd(r, -1.1, 1.1), rnd(r, 0.03, 0.06)));
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

    /** A smooth, irregular land mass around (lon0, lat0) in radians, projected onto the visible hemisphere. */
    private static Path2D continent(SplittableRandom r, double cx, double cy, double radius, double lon0, double lat0,
        double size) {
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
            outline[k] = new Point2D.Double(cx + radius * Math.cos(lat) * Math.sin(lon), cy - radius * Math.sin(lat));
        }
        return smooth(outline);
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
        Color[] fans = new Color[8];
        fans[0] = mix(home, night, 0.35);
        fans[1] = mix(away, night, 0.35);
        for (int i = 2; i < fans.length; i++) {
            fans[i] = mix(hsb(rnd(r, 0, 1), 0.3, rnd(r, 0.4, 0.9)), night, 0.35);
        }
        Batch crowd = new Batch(fans);
        double rowGap = u * 1.3;
        int row = 0;
        for (double y = standTop + u * 1.5; y < grassTop - u * 2.5; y += rowGap, row++) {
            if (row % 7 == 6) {
                g.setColor(hsb(0.62, 0.15, 0.45));
                g.fill(rect(0, y - u * 0.2, w, u * 0.5));
                continue;
            }
            double dot = u * 0.48;
            for (double x = (row % 2) * dot; x < w; x += dot * 2.25) {
                double k = r.nextDouble();
                crowd.add(k < 0.45 ? 0 : k < 0.6 ? 1 : 2 + r.nextInt(fans.length - 2), oval(x, y, dot, dot * 1.1));
            }
        }
        crowd.fill(g);
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
        g.setPaint(vertical(grassTop, grassTop + (h - grassTop) * 0.6, withAlpha(Color.BLACK, 70),
            withAlpha(Color.BLACK, 0)));
        g.fill(rect(0, grassTop, w, (h - grassTop) * 0.6));
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
        Color[] fans = new Color[10];
        for (int i = 0; i < fans.length; i++) {
            fans[i] = withAlpha(hsb(rnd(r, 0, 1), 0.35, rnd(r, 0.5, 0.9)), 70);
        }
        Batch crowd = new Batch(fans);
        double rowGap = u * 1.6;
        for (double y = h * 0.05; y < floorBack - u * 6; y += rowGap) {
            double dot = u * 0.62;
            for (double x = rnd(r, 0, dot); x < w; x += dot * rnd(r, 1.8, 2.6)) {
                crowd.add(r.nextInt(fans.length), oval(x, y, dot, dot * 1.15));
            }
        }
        crowd.fill(g);
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
        lineTo(three, cam.floor(-6.6, basketZ - 6.75 * Math.sin(start)));
        for (int k = 0; k <= 48; k++) {
            double a = Math.PI - start - (Math.PI - 2 * start) * k / 48.0;
            lineTo(three, cam.floor(6.75 * Math.cos(a), basketZ - 6.75 * Math.sin(a)));
        }
        lineTo(three, cam.floor(6.6, baseline));
        g.draw(three);
        // stanchion, backboard, rim and net (drawn a little larger than life, for legibility)
        double scale = 2.0;
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
        double bxPos = rimCenter.x + (r.nextBoolean() ? 1 : -1) * rimW * rnd(r, 3.5, 6);
        double byPos = rimCenter.y - rimW * rnd(r, 0.8, 2.2);
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

    /** A circuit board: copper traces fanning out from a central chip, pads, vias and small parts. */
    private static void circuit(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double[] hues = {0.36, 0.42, 0.58, 0.72};
        double hue = hues[r.nextInt(hues.length)] + rnd(r, -0.02, 0.02);
        Color board = hsb(hue, 0.75, 0.34);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w / 2, h / 2), (float) (Math.hypot(w, h) * 0.6),
            new float[] {0f, 1f}, new Color[] {lighter(board, 0.06), darker(board, 0.5)}));
        g.fill(rect(0, 0, w, h));
        Color copper = hsb(rnd(r, 0.09, 0.13), 0.6, 0.9);
        Color innerLayer = mix(board, copper, 0.3);
        Color signal = hsb(rnd(r, 0.46, 0.54), 0.55, 1);
        // faint inner-layer traces wandering at 45 degree angles
        g.setStroke(stroke(u * 0.5));
        int wanderers = (int) (45 * w / h);
        for (int i = 0; i < wanderers; i++) {
            double x = r.nextDouble() * w;
            double y = r.nextDouble() * h;
            int dir = r.nextInt(8);
            Path2D p = new Path2D.Double();
            p.moveTo(x, y);
            double sx = x;
            double sy = y;
            int segments = 2 + r.nextInt(3);
            for (int k = 0; k < segments; k++) {
                double len = u * rnd(r, 4, 16) * (dir % 2 == 1 ? 0.7 : 1);
                x += Math.cos(dir * Math.PI / 4) * len;
                y += Math.sin(dir * Math.PI / 4) * len;
                p.lineTo(x, y);
                dir = (dir + (r.nextBoolean() ? 1 : 7)) % 8;
            }
            g.setColor(innerLayer);
            g.draw(p);
            pad(g, sx, sy, u * 0.9, innerLayer, board);
            pad(g, x, y, u * 0.9, innerLayer, board);
        }
        double cs = h * rnd(r, 0.3, 0.36);
        double ccx = w * rnd(r, 0.42, 0.58);
        double ccy = h * rnd(r, 0.46, 0.54);
        int pins = 7 + r.nextInt(4);
        double pitch = cs * 0.8 / pins;
        double reach = Math.max(w, h);
        // main traces fan out from every side of the chip
        AffineTransform old = g.getTransform();
        for (int side = 0; side < 4; side++) {
            g.setTransform(old);
            g.rotate(side * Math.PI / 2, ccx, ccy);
            g.translate(ccx, ccy);
            double spread = rnd(r, 1.5, 2.4);
            double bend = cs * rnd(r, 0.08, 0.2);
            for (int i = 0; i < pins; i++) {
                double k = i - (pins - 1) / 2.0;
                double y0 = k * pitch;
                double dy = k * pitch * (spread - 1);
                double x1 = cs / 2 + bend;
                double x2 = x1 + Math.abs(dy);
                double end = x2 + (r.nextDouble() < 0.3 ? u * rnd(r, 3, 14) : reach);
                Path2D p = new Path2D.Double();
                p.moveTo(cs / 2, y0);
                p.lineTo(x1, y0);
                p.lineTo(x2, y0 + dy);
                p.lineTo(end, y0 + dy);
                boolean hot = r.nextDouble() < 0.22;
                if (hot) {
                    g.setColor(withAlpha(signal, 60));
                    g.setStroke(stroke(u * 1.8));
                    g.draw(p);
                }
                g.setColor(hot ? signal : copper);
                g.setStroke(stroke(u * 0.6));
                g.draw(p);
                if (end < reach) {
                    pad(g, end, y0 + dy, u * 1.3, hot ? signal : copper, board);
                }
                if (hot) {
                    double t = rnd(r, 0.2, 0.9);
                    double px = x2 + (Math.min(end, cs * 2.5) - x2) * t;
                    glow(g, px, y0 + dy, u * 3, signal, 200);
                    g.setColor(Color.WHITE);
                    g.fill(oval(px, y0 + dy, u * 0.6, u * 0.6));
                }
            }
        }
        g.setTransform(old);
        // small surface-mounted parts away from the chip
        int parts = (int) (14 * w / h);
        for (int i = 0; i < parts; i++) {
            double x = r.nextDouble() * w;
            double y = r.nextDouble() * h;
            if (Math.abs(x - ccx) < cs * 1.1 && Math.abs(y - ccy) < cs * 1.1) {
                continue;
            }
            boolean vertical = r.nextBoolean();
            double len = u * rnd(r, 3, 5);
            double thick = len * 0.45;
            double pw = vertical ? thick : len;
            double ph = vertical ? len : thick;
            g.setColor(withAlpha(Color.BLACK, 70));
            g.fill(rect(x - pw / 2 + u * 0.3, y - ph / 2 + u * 0.4, pw, ph));
            g.setColor(r.nextBoolean() ? hsb(0.08, 0.3, 0.25) : hsb(0.1, 0.35, 0.75));
            g.fill(rect(x - pw / 2, y - ph / 2, pw, ph));
            g.setColor(new Color(0xD8D8D0));
            if (vertical) {
                g.fill(rect(x - pw / 2, y - ph / 2, pw, ph * 0.2));
                g.fill(rect(x - pw / 2, y + ph * 0.3, pw, ph * 0.2));
            } else {
                g.fill(rect(x - pw / 2, y - ph / 2, pw * 0.2, ph));
                g.fill(rect(x + pw * 0.3, y - ph / 2, pw * 0.2, ph));
            }
        }
        // the chip itself
        g.setColor(withAlpha(Color.BLACK, 90));
        g.fill(new RoundRectangle2D.Double(ccx - cs / 2 + u, ccy - cs / 2 + u * 1.5, cs, cs, u * 2, u * 2));
        Color silver = new Color(0xC9CCD2);
        for (int side = 0; side < 4; side++) {
            g.setTransform(old);
            g.rotate(side * Math.PI / 2, ccx, ccy);
            g.setColor(silver);
            for (int i = 0; i < pins; i++) {
                double k = i - (pins - 1) / 2.0;
                g.fill(rect(ccx + cs / 2 - u * 0.5, ccy + k * pitch - pitch * 0.22, u * 2.2, pitch * 0.44));
            }
        }
        g.setTransform(old);
        Shape chip = new RoundRectangle2D.Double(ccx - cs / 2, ccy - cs / 2, cs, cs, u * 2, u * 2);
        g.setPaint(new GradientPaint((float) (ccx - cs / 2), (float) (ccy - cs / 2), new Color(0x3A3D44),
            (float) (ccx + cs / 2), (float) (ccy + cs / 2), new Color(0x17181C)));
        g.fill(chip);
        g.setColor(withAlpha(Color.WHITE, 40));
        g.setStroke(stroke(u * 0.4));
        g.draw(new RoundRectangle2D.Double(ccx - cs * 0.3, ccy - cs * 0.3, cs * 0.6, cs * 0.6, u, u));
        g.setColor(withAlpha(Color.WHITE, 70));
        g.fill(oval(ccx - cs * 0.36, ccy - cs * 0.36, u * 1.2, u * 1.2));
        glow(g, ccx, ccy, cs * 0.22, signal, 90);
        g.setColor(withAlpha(signal, 200));
        g.fill(new RoundRectangle2D.Double(ccx - cs * 0.07, ccy - cs * 0.07, cs * 0.14, cs * 0.14, u, u));
    }

    /** A copper pad: a ring with a drilled hole. */
    private static void pad(Graphics2D g, double x, double y, double radius, Color metal, Color board) {
        g.setColor(metal);
        g.fill(oval(x, y, radius, radius));
        g.setColor(darker(board, 0.3));
        g.fill(oval(x, y, radius * 0.45, radius * 0.45));
    }

    /** A smartphone with a wallpaper, app tiles and a dock, with notification bubbles beside it. */
    private static void phone(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double hue = r.nextDouble();
        Color bg = hsb(hue, 0.22, 0.96);
        g.setPaint(vertical(0, h, lighter(bg, 0.2), hsb(hue + 0.06, 0.32, 0.86)));
        g.fill(rect(0, 0, w, h));
        for (int i = 0; i < 5; i++) {
            double s = h * rnd(r, 0.08, 0.3);
            g.setColor(withAlpha(hsb(hue + rnd(r, -0.12, 0.12), 0.35, 0.98), 110));
            g.fill(oval(w * r.nextDouble(), h * r.nextDouble(), s, s));
        }
        double ph = h * 0.84;
        double pw = ph * 0.49;
        double cx = w / 2 + Math.max(0, w / 2 - pw) * rnd(r, -0.45, 0.45);
        double cy = h * 0.53;
        double angle = rnd(r, -0.12, 0.12);
        // notification bubbles on the roomier side
        double side = cx < w / 2 ? 1 : -1;
        int bubbles = 2 + r.nextInt(2);
        for (int i = 0; i < bubbles; i++) {
            double bw = Math.min(h * 0.5, w * 0.3) * rnd(r, 0.8, 1);
            double bh = h * 0.12;
            double bx = cx + side * (pw * 0.5 + w * 0.04 + i % 2 * w * 0.03) - (side < 0 ? bw : 0);
            bx = Math.max(u * 2, Math.min(w - bw - u * 2, bx));
            double by = h * (0.18 + i * 0.24) + rnd(r, -u * 3, u * 3);
            g.setColor(withAlpha(darker(bg, 0.5), 40));
            g.fill(new RoundRectangle2D.Double(bx + u, by + u * 1.2, bw, bh, bh * 0.6, bh * 0.6));
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(bx, by, bw, bh, bh * 0.6, bh * 0.6));
            g.setColor(hsb(rnd(r, 0, 1), 0.6, 0.9));
            g.fill(oval(bx + bh * 0.5, by + bh * 0.5, bh * 0.3, bh * 0.3));
            g.setColor(new Color(0x3C4048));
            g.fill(new RoundRectangle2D.Double(bx + bh * 0.95, by + bh * 0.28, bw * rnd(r, 0.35, 0.55), bh * 0.14,
                bh * 0.14, bh * 0.14));
            g.setColor(new Color(0xB8BDC6));
            g.fill(new RoundRectangle2D.Double(bx + bh * 0.95, by + bh * 0.56, bw * rnd(r, 0.4, 0.62), bh * 0.12,
                bh * 0.12, bh * 0.12));
        }
        AffineTransform old = g.getTransform();
        g.rotate(angle, cx, cy);
        double x0 = cx - pw / 2;
        double y0 = cy - ph / 2;
        g.setColor(withAlpha(darker(bg, 0.6), 60));
        g.fill(new RoundRectangle2D.Double(x0 + u * 2, y0 + u * 3, pw, ph, pw * 0.24, pw * 0.24));
        // body and side buttons
        g.setColor(new Color(0x2B2D33));
        g.fill(rect(x0 - u * 0.5, y0 + ph * 0.2, u, ph * 0.08));
        g.fill(rect(x0 + pw - u * 0.5, y0 + ph * 0.26, u, ph * 0.12));
        g.setPaint(new GradientPaint((float) x0, (float) y0, new Color(0x3A3D45), (float) (x0 + pw), (float) (y0 + ph),
            new Color(0x15161A)));
        g.fill(new RoundRectangle2D.Double(x0, y0, pw, ph, pw * 0.24, pw * 0.24));
        double m = pw * 0.045;
        double sx = x0 + m;
        double sy = y0 + m;
        double sw = pw - m * 2;
        double sh = ph - m * 2;
        Shape screen = new RoundRectangle2D.Double(sx, sy, sw, sh, pw * 0.19, pw * 0.19);
        double wallHue = r.nextDouble();
        g.setPaint(vertical(sy, sy + sh, hsb(wallHue, 0.55, 0.95), hsb(wallHue + 0.12, 0.7, 0.55)));
        g.fill(screen);
        Shape oldClip = g.getClip();
        g.clip(screen);
        g.setColor(withAlpha(Color.WHITE, 45));
        g.fill(oval(sx + sw * 0.9, sy + sh * 0.25, sw * 0.55, sw * 0.55));
        g.fill(oval(sx + sw * 0.1, sy + sh * 0.85, sw * 0.45, sw * 0.45));
        // status bar and camera island
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(sx + sw * 0.08, sy + sh * 0.022, sw * 0.12, sh * 0.018, u, u));
        for (int i = 0; i < 4; i++) {
            double bh = sh * 0.006 * (i + 1);
            g.fill(rect(sx + sw * 0.7 + i * sw * 0.025, sy + sh * 0.042 - bh, sw * 0.015, bh));
        }
        g.setStroke(stroke(Math.max(1, u * 0.2)));
        g.draw(new RoundRectangle2D.Double(sx + sw * 0.82, sy + sh * 0.02, sw * 0.08, sh * 0.022, u * 0.5, u * 0.5));
        g.fill(rect(sx + sw * 0.83, sy + sh * 0.025, sw * 0.05, sh * 0.012));
        g.setColor(Color.BLACK);
        g.fill(new RoundRectangle2D.Double(cx - sw * 0.15, sy + sh * 0.015, sw * 0.3, sh * 0.035, sh * 0.035,
            sh * 0.035));
        // a widget and the grid of apps
        double pad = sw * 0.08;
        double tile = (sw - pad * 2) / 4 * 0.7;
        double cell = (sw - pad * 2) / 4;
        double gridTop = sy + sh * 0.1;
        g.setColor(withAlpha(Color.WHITE, 70));
        g.fill(new RoundRectangle2D.Double(sx + pad + (cell - tile) / 2, gridTop, sw - pad * 2 - (cell - tile),
            tile * 1.6, tile * 0.5, tile * 0.5));
        g.setColor(Color.WHITE);
        g.fill(oval(sx + pad + cell * 0.55, gridTop + tile * 0.8, tile * 0.38, tile * 0.38));
        g.fill(new RoundRectangle2D.Double(sx + pad + cell * 1.3, gridTop + tile * 0.5, cell * 1.6, tile * 0.22,
            tile * 0.2, tile * 0.2));
        g.setColor(withAlpha(Color.WHITE, 160));
        g.fill(new RoundRectangle2D.Double(sx + pad + cell * 1.3, gridTop + tile * 0.92, cell * 1.1, tile * 0.16,
            tile * 0.16, tile * 0.16));
        int rows = 4;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < 4; col++) {
                double tx = sx + pad + col * cell + (cell - tile) / 2;
                double ty = gridTop + tile * 2 + row * cell * 1.08;
                appTile(g, r, tx, ty, tile);
            }
        }
        // page dots, dock and home indicator
        double dotsY = sy + sh * 0.8;
        for (int i = -1; i <= 1; i++) {
            g.setColor(withAlpha(Color.WHITE, i == -1 ? 230 : 110));
            g.fill(oval(cx + i * sw * 0.04, dotsY, sw * 0.012, sw * 0.012));
        }
        double dockY = sy + sh * 0.84;
        g.setColor(withAlpha(Color.WHITE, 70));
        g.fill(new RoundRectangle2D.Double(sx + sw * 0.05, dockY, sw * 0.9, tile * 1.45, tile * 0.6, tile * 0.6));
        for (int col = 0; col < 4; col++) {
            appTile(g, r, sx + pad + col * cell + (cell - tile) / 2, dockY + tile * 0.22, tile);
        }
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(cx - sw * 0.17, sy + sh * 0.975, sw * 0.34, sh * 0.008, u, u));
        g.setClip(oldClip);
        g.setTransform(old);
    }

    /** A rounded app icon with a simple white glyph. */
    private static void appTile(Graphics2D g, SplittableRandom r, double x, double y, double s) {
        Color c = hsb(r.nextDouble(), rnd(r, 0.55, 0.8), rnd(r, 0.75, 0.95));
        g.setPaint(vertical(y, y + s, lighter(c, 0.15), darker(c, 0.15)));
        g.fill(new RoundRectangle2D.Double(x, y, s, s, s * 0.45, s * 0.45));
        g.setColor(Color.WHITE);
        g.setStroke(stroke(s * 0.08));
        double cx = x + s / 2;
        double cy = y + s / 2;
        switch (r.nextInt(8)) {
            case 0 -> {
                g.draw(oval(cx, cy, s * 0.22, s * 0.22));
                g.fill(oval(cx, cy, s * 0.08, s * 0.08));
            }
            case 1 -> {
                g.draw(rect(cx - s * 0.25, cy - s * 0.17, s * 0.5, s * 0.34));
                Path2D v = new Path2D.Double();
                v.moveTo(cx - s * 0.25, cy - s * 0.17);
                v.lineTo(cx, cy + s * 0.03);
                v.lineTo(cx + s * 0.25, cy - s * 0.17);
                g.draw(v);
            }
            case 2 -> {
                g.fill(new RoundRectangle2D.Double(cx - s * 0.26, cy - s * 0.2, s * 0.52, s * 0.32, s * 0.16,
                    s * 0.16));
                g.fill(poly(cx - s * 0.12, cy + s * 0.08, cx - s * 0.16, cy + s * 0.25, cx, cy + s * 0.1));
            }
            case 3 -> g.fill(poly(cx - s * 0.12, cy - s * 0.18, cx + s * 0.2, cy, cx - s * 0.12, cy + s * 0.18));
            case 4 -> {
                Area heart = new Area(oval(cx - s * 0.1, cy - s * 0.06, s * 0.12, s * 0.12));
                heart.add(new Area(oval(cx + s * 0.1, cy - s * 0.06, s * 0.12, s * 0.12)));
                heart.add(new Area(poly(cx - s * 0.215, cy - s * 0.02, cx + s * 0.215, cy - s * 0.02, cx,
                    cy + s * 0.22)));
                g.fill(heart);
            }
            case 5 -> {
                for (int i = 0; i < 4; i++) {
                    g.fill(new RoundRectangle2D.Double(cx - s * 0.2 + (i % 2) * s * 0.22,
                        cy - s * 0.2 + (i / 2) * s * 0.22,
                        s * 0.18, s * 0.18, s * 0.06, s * 0.06));
                }
            }
            case 6 -> {
                g.fill(oval(cx - s * 0.06, cy + s * 0.12, s * 0.09, s * 0.07));
                g.draw(new Line2D.Double(cx + s * 0.02, cy + s * 0.12, cx + s * 0.02, cy - s * 0.2));
                g.draw(new Line2D.Double(cx + s * 0.02, cy - s * 0.2, cx + s * 0.16, cy - s * 0.13));
            }
            default -> {
                Area pin = new Area(oval(cx, cy - s * 0.06, s * 0.16, s * 0.16));
                pin.add(new Area(poly(cx - s * 0.14, cy - s * 0.0, cx + s * 0.14, cy - s * 0.0, cx, cy + s * 0.24)));
                pin.subtract(new Area(oval(cx, cy - s * 0.06, s * 0.06, s * 0.06)));
                g.fill(pin);
            }
        }
    }

    /** A theatre stage: draped curtains, a valance, spotlights and a performer in the light. */
    private static void stage(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double curtainHue = r.nextDouble() < 0.7 ? rnd(r, 0.97, 1.01) : rnd(r, 0.68, 0.8);
        Color curtain = hsb(curtainHue, 0.8, 0.62);
        g.setPaint(vertical(0, h * 0.72, hsb(0.7, 0.3, 0.05), hsb(curtainHue, 0.35, 0.14)));
        g.fill(rect(0, 0, w, h));
        double floorY = h * 0.7;
        double lip = h * 0.9;
        Color wood = hsb(rnd(r, 0.06, 0.09), 0.55, 0.42);
        g.setPaint(vertical(floorY, lip, darker(wood, 0.45), wood));
        g.fill(rect(0, floorY, w, lip - floorY));
        double vpx = w / 2;
        double vpy = floorY - h * 0.5;
        g.setColor(withAlpha(Color.BLACK, 70));
        g.setStroke(stroke(Math.max(1, u * 0.2)));
        for (double xb = w / 2 - w * 1.5; xb <= w * 2; xb += u * 7) {
            double xt = vpx + (xb - vpx) * (floorY - vpy) / (lip - vpy);
            g.draw(new Line2D.Double(xt, floorY, xb, lip));
        }
        g.setPaint(vertical(lip, h, darker(wood, 0.5), darker(wood, 0.8)));
        g.fill(rect(0, lip, w, h - lip));
        g.setColor(lighter(wood, 0.15));
        g.fill(rect(0, lip, w, u * 0.6));
        // spotlights: cones and pools of light
        double performerX = w * rnd(r, 0.4, 0.6);
        int spots = 2 + r.nextInt(2);
        Color beam = hsb(rnd(r, 0.1, 0.16), 0.25, 1);
        for (int i = 0; i < spots; i++) {
            double px = i == 0 ? performerX : w * rnd(r, 0.22, 0.78);
            double poolY = floorY + (lip - floorY) * rnd(r, 0.45, 0.6);
            double rx = h * (i == 0 ? 0.17 : 0.12);
            double srcX = px + w * rnd(r, -0.3, 0.3);
            Color tint = i == 0 ? beam : hsb(rnd(r, 0, 1), 0.35, 1);
            Path2D cone = poly(srcX - u, -u, srcX + u, -u, px + rx, poolY, px - rx, poolY);
            g.setPaint(new GradientPaint((float) srcX, 0f, withAlpha(tint, 110), (float) px, (float) poolY,
                withAlpha(tint, 30)));
            g.fill(cone);
            AffineTransform old = g.getTransform();
            g.translate(px, poolY);
            g.scale(1, 0.22);
            glow(g, 0, 0, rx * 1.3, tint, 200);
            g.setTransform(old);
        }
        // the performer: a singer silhouette at a microphone stand
        double fh = h * 0.36;
        double footY = floorY + (lip - floorY) * 0.5;
        Color ink = hsb(curtainHue, 0.4, 0.08);
        g.setColor(withAlpha(Color.BLACK, 90));
        g.fill(oval(performerX, footY, fh * 0.2, fh * 0.035));
        g.setColor(ink);
        double top = footY - fh;
        g.fill(oval(performerX, top + fh * 0.07, fh * 0.065, fh * 0.075));
        g.fill(poly(performerX - fh * 0.09, top + fh * 0.18, performerX + fh * 0.09, top + fh * 0.18,
            performerX + fh * 0.07, top + fh * 0.55, performerX - fh * 0.07, top + fh * 0.55));
        g.fill(oval(performerX - fh * 0.06, top + fh * 0.19, fh * 0.05, fh * 0.04));
        g.fill(oval(performerX + fh * 0.06, top + fh * 0.19, fh * 0.05, fh * 0.04));
        g.setStroke(stroke(fh * 0.055));
        g.draw(new Line2D.Double(performerX - fh * 0.035, top + fh * 0.52, performerX - fh * 0.06, footY));
        g.draw(new Line2D.Double(performerX + fh * 0.035, top + fh * 0.52, performerX + fh * 0.07, footY));
        g.setStroke(stroke(fh * 0.04));
        Path2D armUp = new Path2D.Double();
        armUp.moveTo(performerX + fh * 0.08, top + fh * 0.2);
        armUp.lineTo(performerX + fh * 0.2, top + fh * 0.1);
        armUp.lineTo(performerX + fh * 0.25, top - fh * 0.04);
        g.draw(armUp);
        Path2D armMic = new Path2D.Double();
        armMic.moveTo(performerX - fh * 0.08, top + fh * 0.2);
        armMic.lineTo(performerX - fh * 0.1, top + fh * 0.33);
        armMic.lineTo(performerX - fh * 0.04, top + fh * 0.16);
        g.draw(armMic);
        g.setStroke(stroke(fh * 0.012));
        g.draw(new Line2D.Double(performerX - fh * 0.12, footY, performerX - fh * 0.08, top + fh * 0.16));
        g.draw(new Line2D.Double(performerX - fh * 0.18, footY, performerX - fh * 0.12, footY - fh * 0.02));
        g.draw(new Line2D.Double(performerX - fh * 0.06, footY, performerX - fh * 0.12, footY - fh * 0.02));
        // footlights along the lip
        for (double x = u * 6; x < w; x += u * 12) {
            glow(g, x, lip, u * 5, beam, 150);
            g.setColor(lighter(beam, 0.4));
            g.fill(oval(x, lip + u * 0.4, u * 1.2, u * 0.5));
        }
        // curtains drawn in front of everything
        for (int s = -1; s <= 1; s += 2) {
            drape(g, r, s, w, h, curtain, u);
        }
        double valanceH = h * 0.12;
        Path2D valance = new Path2D.Double();
        valance.moveTo(0, 0);
        valance.lineTo(w, 0);
        valance.lineTo(w, valanceH);
        int swags = Math.max(3, (int) Math.round(w / (h * 0.3)));
        double swagW = w / swags;
        for (int i = swags; i > 0; i--) {
            double xa = i * swagW;
            valance.quadTo(xa - swagW / 2, valanceH * 1.55, xa - swagW, valanceH);
        }
        valance.closePath();
        g.setPaint(new GradientPaint(0f, 0f, lighter(curtain, 0.15), (float) (swagW / 2), 0f, darker(curtain, 0.3),
            true));
        g.fill(valance);
        g.setPaint(vertical(0, valanceH * 1.3, withAlpha(Color.BLACK, 90), withAlpha(Color.BLACK, 0)));
        g.fill(valance);
        g.setColor(hsb(0.12, 0.65, 0.85));
        g.setStroke(stroke(u * 0.8));
        Path2D fringe = new Path2D.Double();
        fringe.moveTo(w, valanceH);
        for (int i = swags; i > 0; i--) {
            double xa = i * swagW;
            fringe.quadTo(xa - swagW / 2, valanceH * 1.55, xa - swagW, valanceH);
        }
        g.draw(fringe);
    }

    /** One side curtain, gathered by a gold tie; side is -1 for left and 1 for right. */
    private static void drape(Graphics2D g, SplittableRandom r, int side, double w, double h, Color curtain, double u) {
        double topW = w * rnd(r, 0.18, 0.22);
        double waistW = topW * 0.55;
        double tieY = h * rnd(r, 0.55, 0.62);
        Path2D p = new Path2D.Double();
        p.moveTo(0, 0);
        p.lineTo(topW, 0);
        p.quadTo(topW * 0.95, tieY * 0.6, waistW, tieY);
        p.quadTo(waistW * 1.05, h * 0.85, topW * 0.9, h);
        p.lineTo(0, h);
        p.closePath();
        AffineTransform old = g.getTransform();
        if (side > 0) {
            g.translate(w, 0);
            g.scale(-1, 1);
        }
        double fold = u * 5.5;
        g.setPaint(new GradientPaint(0f, 0f, lighter(curtain, 0.12), (float) fold, 0f, darker(curtain, 0.35), true));
        g.fill(p);
        g.setPaint(vertical(0, h, withAlpha(Color.BLACK, 100), withAlpha(Color.BLACK, 0), withAlpha(Color.BLACK, 60)));
        g.fill(p);
        g.setColor(hsb(0.12, 0.65, 0.85));
        g.fill(new RoundRectangle2D.Double(-u, tieY - u * 1.2, waistW + u * 1.5, u * 2.4, u * 2, u * 2));
        g.fill(oval(waistW, tieY + u * 2.5, u * 1.1, u * 2.6));
        g.setTransform(old);
    }

    /** A gallery wall with framed paintings, picture lights and a bench. */
    private static void gallery(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        Color[] walls = {hsb(0.09, 0.1, 0.93), hsb(0.56, 0.16, 0.78), hsb(0.33, 0.16, 0.72), hsb(0.03, 0.38, 0.66),
            hsb(0.62, 0.42, 0.36), hsb(0.95, 0.22, 0.5)};
        Color wall = walls[r.nextInt(walls.length)];
        double floorY = h * 0.82;
        g.setPaint(vertical(0, floorY, darker(wall, 0.18), wall));
        g.fill(rect(0, 0, w, floorY));
        Color wood = hsb(rnd(r, 0.06, 0.1), 0.45, rnd(r, 0.45, 0.65));
        g.setPaint(vertical(floorY, h, darker(wood, 0.15), wood));
        g.fill(rect(0, floorY, w, h - floorY));
        g.setColor(withAlpha(Color.BLACK, 45));
        g.setStroke(stroke(Math.max(1, u * 0.2)));
        double vpy = h * 0.3;
        for (double xb = -w; xb <= w * 2; xb += u * 9) {
            double xt = w / 2 + (xb - w / 2) * (floorY - vpy) / (h - vpy);
            g.draw(new Line2D.Double(xt, floorY, xb, h));
        }
        g.setColor(lighter(wall, 0.35));
        g.fill(rect(0, floorY - u * 1.6, w, u * 1.6));
        g.setColor(darker(wall, 0.3));
        g.fill(rect(0, floorY - u * 0.3, w, u * 0.3));
        // paintings hung at eye level
        int count = w / h > 1.5 ? 3 + (r.nextDouble() < 0.3 ? 1 : 0) : 2;
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = rnd(r, 0.7, 1.3);
            sum += weights[i];
        }
        double usable = w * 0.8;
        double gap = usable * 0.28 / count;
        double x = (w - usable) / 2 + gap / 2;
        int frameStyle = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            double fw = (usable - gap * count) * weights[i] / sum;
            double fh = Math.max(h * 0.24, Math.min(h * 0.5, fw * rnd(r, 0.7, 1.3)));
            double fy = h * 0.42 - fh / 2;
            // picture light washing the wall
            glow(g, x + fw / 2, fy - u * 2, Math.max(fw, fh) * 0.8, Color.WHITE, 70);
            g.setColor(withAlpha(Color.BLACK, 55));
            g.fill(rect(x + u * 0.8, fy + u * 1.3, fw, fh));
            Color frame = switch (frameStyle) {
                case 0 -> hsb(0.11, 0.6, 0.75);
                case 1 -> new Color(0x1E1E22);
                default -> hsb(0.09, 0.25, 0.9);
            };
            g.setPaint(new GradientPaint((float) x, (float) fy, lighter(frame, 0.2), (float) (x + fw),
                (float) (fy + fh), darker(frame, 0.25)));
            g.fill(rect(x, fy, fw, fh));
            double ft = u * (frameStyle == 0 ? 2 : 1.2);
            double mat = frameStyle == 0 ? 0 : u * 2.4;
            g.setColor(new Color(0xF4F1EA));
            g.fill(rect(x + ft, fy + ft, fw - ft * 2, fh - ft * 2));
            double ax = x + ft + mat;
            double ay = fy + ft + mat;
            double aw = fw - (ft + mat) * 2;
            double ah = fh - (ft + mat) * 2;
            Shape oldClip = g.getClip();
            g.clip(rect(ax, ay, aw, ah));
            artwork(g, r, ax, ay, aw, ah);
            g.setClip(oldClip);
            g.setColor(withAlpha(Color.BLACK, 50));
            g.setStroke(stroke(Math.max(1, u * 0.25)));
            g.draw(rect(ax, ay, aw, ah));
            g.setColor(new Color(0x2A2A2A));
            g.fill(new RoundRectangle2D.Double(x + fw * 0.35, fy - u * 3.2, fw * 0.3, u * 1.1, u, u));
            g.fill(rect(x + fw / 2 - u * 0.2, fy - u * 2.2, u * 0.4, u * 2.2));
            x += fw + gap;
        }
        // a bench in the middle of the room
        double benchW = Math.min(w * 0.34, h * 0.6);
        double bx = w / 2 - benchW / 2 + w * rnd(r, -0.08, 0.08);
        double seatY = h * 0.86;
        g.setColor(withAlpha(Color.BLACK, 50));
        g.fill(oval(bx + benchW / 2, h * 0.97, benchW * 0.55, u * 1.5));
        Color bench = r.nextBoolean() ? new Color(0x2C2C30) : hsb(0.07, 0.5, 0.35);
        g.setColor(darker(bench, 0.2));
        g.fill(rect(bx + benchW * 0.06, seatY, u * 1.4, h * 0.11));
        g.fill(rect(bx + benchW * 0.94 - u * 1.4, seatY, u * 1.4, h * 0.11));
        g.setColor(bench);
        g.fill(new RoundRectangle2D.Double(bx, seatY - u * 1.5, benchW, u * 3, u, u));
    }

    /** A small artwork filling the given rectangle. */
    private static void artwork(Graphics2D g, SplittableRandom r, double x, double y, double w, double h) {
        double hue = r.nextDouble();
        switch (r.nextInt(5)) {
            case 0 -> {
                // colour-field blocks
                g.setColor(hsb(hue, 0.5, 0.55));
                g.fill(rect(x, y, w, h));
                g.setColor(hsb(hue + 0.08, 0.7, 0.85));
                g.fill(new RoundRectangle2D.Double(x + w * 0.1, y + h * 0.08, w * 0.8, h * 0.5, w * 0.05, w * 0.05));
                g.setColor(hsb(hue - 0.1, 0.6, 0.3));
                g.fill(new RoundRectangle2D.Double(x + w * 0.1, y + h * 0.64, w * 0.8, h * 0.28, w * 0.05, w * 0.05));
            }
            case 1 -> {
                // landscape with sun and hills
                g.setPaint(vertical(y, y + h * 0.7, hsb(hue, 0.45, 0.9), hsb(hue + 0.1, 0.3, 1)));
                g.fill(rect(x, y, w, h));
                g.setColor(hsb(0.1, 0.6, 1));
                g.fill(oval(x + w * rnd(r, 0.25, 0.75), y + h * 0.4, h * 0.12, h * 0.12));
                for (int layer = 0; layer < 3; layer++) {
                    Path2D hill = new Path2D.Double();
                    double base = y + h * (0.55 + layer * 0.13);
                    double p = rnd(r, 0, 6);
                    hill.moveTo(x, y + h);
                    for (int k = 0; k <= 20; k++) {
                        double t = k / 20.0;
                        hill.lineTo(x + w * t, base - h * 0.08 * Math.sin(t * 5 + p) - h * 0.04 * Math.sin(t * 11 + p));
                    }
                    hill.lineTo(x + w, y + h);
                    hill.closePath();
                    g.setColor(hsb(0.3 + layer * 0.03, 0.4 + layer * 0.1, 0.75 - layer * 0.18));
                    g.fill(hill);
                }
            }
            case 2 -> {
                // circles and lines
                g.setColor(hsb(hue, 0.12, 0.93));
                g.fill(rect(x, y, w, h));
                for (int i = 0; i < 4; i++) {
                    double s = Math.min(w, h) * rnd(r, 0.1, 0.3);
                    g.setColor(hsb(hue + rnd(r, 0, 1), 0.6, 0.8));
                    g.fill(oval(x + w * rnd(r, 0.2, 0.8), y + h * rnd(r, 0.2, 0.8), s, s));
                }
                g.setColor(new Color(0x222222));
                g.setStroke(stroke(Math.min(w, h) * 0.015));
                for (int i = 0; i < 3; i++) {
                    g.draw(new Line2D.Double(x + w * r.nextDouble(), y + h * r.nextDouble(), x + w * r.nextDouble(),
                        y + h * r.nextDouble()));
                }
            }
            case 3 -> {
                // a portrait
                g.setColor(hsb(hue, 0.3, 0.7));
                g.fill(rect(x, y, w, h));
                double s = Math.min(w * 1.1, h * 1.05);
                person(g, r, x + (w - s) / 2, y + h - s, s);
            }
            default -> {
                // grid of primaries
                g.setColor(new Color(0xF3F0E6));
                g.fill(rect(x, y, w, h));
                double vx = x + w * rnd(r, 0.3, 0.45);
                double hy = y + h * rnd(r, 0.4, 0.65);
                g.setColor(new Color(0xD52B1E));
                g.fill(rect(vx, y, x + w - vx, hy - y));
                g.setColor(new Color(0x1F4E9C));
                g.fill(rect(x, hy, vx - x, h * 0.6));
                g.setColor(new Color(0xF2C230));
                g.fill(rect(x + w * 0.8, hy, w * 0.2, h * 0.2));
                g.setColor(new Color(0x111111));
                g.setStroke(new BasicStroke((float) Math.max(1, Math.min(w, h) * 0.03)));
                g.draw(new Line2D.Double(vx, y, vx, y + h));
                g.draw(new Line2D.Double(x, hy, x + w, hy));
                g.draw(new Line2D.Double(x + w * 0.8, hy, x + w * 0.8, y + h));
                g.draw(new Line2D.Double(x + w * 0.8, hy + h * 0.2, x + w, hy + h * 0.2));
            }
        }
    }

    /** A hospital building with a cross sign, and an ambulance in front. */
    private static void hospital(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double ground = h * 0.78;
        g.setPaint(vertical(0, ground, hsb(rnd(r, 0.55, 0.6), 0.45, 0.88), hsb(0.55, 0.1, 0.99)));
        g.fill(rect(0, 0, w, ground));
        for (int i = 0; i < 2; i++) {
            g.setColor(withAlpha(Color.WHITE, 200));
            g.fill(cloud(r, w * rnd(r, 0, 0.85), h * rnd(r, 0.05, 0.2), w * rnd(r, 0.12, 0.2), h * 0.08));
        }
        Color distant = hsb(0.58, 0.12, 0.82);
        for (double x = -rnd(r, 0, w * 0.05); x < w; x += w * rnd(r, 0.06, 0.1)) {
            double bh = h * rnd(r, 0.2, 0.4);
            g.setColor(distant);
            g.fill(rect(x, ground - bh, w * rnd(r, 0.05, 0.09), bh));
        }
        Color trim = hsb(rnd(r, 0.47, 0.6), 0.55, 0.68);
        Color facade = hsb(0.58, 0.04, 0.97);
        Color glass = hsb(0.57, 0.35, 0.7);
        double bw = Math.min(w * 0.66, h * 1.3);
        double cx = w / 2 + w * rnd(r, -0.05, 0.05);
        double bx = cx - bw / 2;
        double blockH = h * 0.44;
        double towerW = bw * 0.3;
        double towerH = h * 0.62;
        // wings with bands of windows
        g.setColor(darker(facade, 0.06));
        g.fill(rect(bx, ground - blockH, bw, blockH));
        int floors = 5;
        double floorH = blockH / (floors + 0.6);
        for (int f = 0; f < floors; f++) {
            double y = ground - blockH + floorH * (0.5 + f);
            g.setColor(glass);
            g.fill(rect(bx + u * 2, y, bw - u * 4, floorH * 0.55));
            g.setColor(withAlpha(Color.WHITE, 80));
            for (double x = bx + u * 2; x < bx + bw - u * 4; x += u * 9) {
                g.fill(poly(x, y + floorH * 0.55, x + u * 2.5, y, x + u * 4, y, x + u * 1.5, y + floorH * 0.55));
            }
            g.setColor(darker(facade, 0.06));
            for (double x = bx + u * 2; x < bx + bw - u * 2; x += u * 4.5) {
                g.fill(rect(x, y, Math.max(1, u * 0.5), floorH * 0.55));
            }
        }
        g.setColor(trim);
        g.fill(rect(bx - u, ground - blockH - u * 2, bw + u * 2, u * 2));
        // central tower with the sign
        double tx = cx - towerW / 2;
        g.setColor(facade);
        g.fill(rect(tx, ground - towerH, towerW, towerH));
        int towerFloors = 8;
        double tf = (towerH - h * 0.14) / towerFloors;
        for (int f = 0; f < towerFloors; f++) {
            for (int c = 0; c < 3; c++) {
                double wx = tx + towerW * (0.1 + c * 0.3);
                double wy = ground - towerH + h * 0.13 + f * tf;
                if (wy > ground - h * 0.16) {
                    continue;
                }
                g.setColor(glass);
                g.fill(rect(wx, wy, towerW * 0.2, tf * 0.6));
                g.setColor(withAlpha(Color.WHITE, 90));
                g.fill(poly(wx, wy + tf * 0.6, wx + towerW * 0.08, wy, wx + towerW * 0.13, wy, wx + towerW * 0.05,
                    wy + tf * 0.6));
            }
        }
        g.setColor(trim);
        g.fill(rect(tx - u, ground - towerH - u * 2, towerW + u * 2, u * 2));
        double signS = Math.min(towerW * 0.5, h * 0.1);
        double signY = ground - towerH + h * 0.065;
        Color red = new Color(0xE0262B);
        glow(g, cx, signY, signS * 1.5, red, 70);
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(cx - signS / 2, signY - signS / 2, signS, signS, signS * 0.25,
            signS * 0.25));
        g.setColor(red);
        g.fill(cross(cx, signY, signS * 0.78));
        // entrance with canopy
        double doorW = towerW * 0.7;
        g.setColor(hsb(0.58, 0.4, 0.35));
        g.fill(rect(cx - doorW / 2, ground - h * 0.11, doorW, h * 0.11));
        g.setColor(withAlpha(Color.WHITE, 90));
        g.setStroke(stroke(Math.max(1, u * 0.3)));
        g.draw(new Line2D.Double(cx, ground - h * 0.11, cx, ground));
        g.setColor(trim);
        g.fill(rect(cx - doorW * 0.7, ground - h * 0.14, doorW * 1.4, u * 2.4));
        // sidewalk, road and trees
        g.setColor(hsb(0.1, 0.05, 0.8));
        g.fill(rect(0, ground, w, h * 0.05));
        double road = ground + h * 0.05;
        g.setPaint(vertical(road, h, new Color(0x55585E), new Color(0x3E4146)));
        g.fill(rect(0, road, w, h - road));
        g.setColor(withAlpha(Color.WHITE, 200));
        for (double x = rnd(r, 0, u * 8); x < w; x += u * 16) {
            g.fill(rect(x, road + (h - road) * 0.55, u * 8, u));
        }
        for (int i = 0; i < 4; i++) {
            double treeX = i < 2 ? w * rnd(r, 0.02, bx / w - 0.02) : w * rnd(r, (bx + bw) / w + 0.02, 0.98);
            tree(g, r, treeX, ground + u, h * rnd(r, 0.14, 0.2));
        }
        double len = Math.min(w * 0.36, h * 0.62);
        boolean right = r.nextBoolean();
        double ax = right ? w * 0.95 - len : w * 0.05;
        ambulance(g, ax, road + (h - road) * 0.48, len, hsb(rnd(r, 0.98, 1.02), 0.8, 0.88), !right, u);
    }

    /** A simple round-crowned tree whose trunk stands at (x, ground). */
    private static void tree(Graphics2D g, SplittableRandom r, double x, double ground, double size) {
        g.setColor(hsb(0.07, 0.45, 0.35));
        g.fill(rect(x - size * 0.05, ground - size * 0.45, size * 0.1, size * 0.45));
        Color leaf = hsb(rnd(r, 0.25, 0.35), 0.55, rnd(r, 0.45, 0.6));
        g.setColor(leaf);
        g.fill(oval(x, ground - size * 0.68, size * 0.32, size * 0.34));
        g.setColor(lighter(leaf, 0.12));
        g.fill(oval(x - size * 0.08, ground - size * 0.76, size * 0.16, size * 0.16));
    }

    private static Shape cross(double cx, double cy, double size) {
        double arm = size * 0.32;
        Area a = new Area(rect(cx - arm / 2, cy - size / 2, arm, size));
        a.add(new Area(rect(cx - size / 2, cy - arm / 2, size, arm)));
        return a;
    }

    /** A side view of an ambulance of the given length, its wheels resting on the line y = bottom. */
    private static void ambulance(Graphics2D g, double x, double bottom, double len, Color stripe, boolean facingLeft,
        double u) {
        AffineTransform old = g.getTransform();
        if (facingLeft) {
            g.translate(x * 2 + len, 0);
            g.scale(-1, 1);
        }
        double bodyH = len * 0.42;
        double wheelR = len * 0.085;
        double floor = bottom - wheelR * 0.9;
        double top = floor - bodyH;
        g.setColor(withAlpha(Color.BLACK, 70));
        g.fill(oval(x + len / 2, bottom, len * 0.55, wheelR * 0.3));
        Area body = new Area(new RoundRectangle2D.Double(x, top, len * 0.68, bodyH, len * 0.05, len * 0.05));
        Path2D cab = new Path2D.Double();
        cab.moveTo(x + len * 0.6, top + bodyH * 0.1);
        cab.lineTo(x + len * 0.8, top + bodyH * 0.1);
        cab.quadTo(x + len * 0.86, top + bodyH * 0.12, x + len * 0.93, top + bodyH * 0.48);
        cab.quadTo(x + len, top + bodyH * 0.52, x + len, top + bodyH * 0.62);
        cab.lineTo(x + len, floor);
        cab.lineTo(x + len * 0.6, floor);
        cab.closePath();
        body.add(new Area(cab));
        g.setColor(new Color(0xF7F7F5));
        g.fill(body);
        Shape oldClip = g.getClip();
        g.clip(body);
        g.setColor(stripe);
        g.fill(rect(x, top + bodyH * 0.6, len, bodyH * 0.12));
        g.setColor(new Color(0xDADCE0));
        g.fill(rect(x, floor - bodyH * 0.12, len, bodyH * 0.12));
        g.setClip(oldClip);
        // windows, door seams and the emblem
        Color glassColor = new Color(0x2F3E52);
        g.setColor(glassColor);
        g.fill(poly(x + len * 0.74, top + bodyH * 0.18, x + len * 0.82, top + bodyH * 0.18, x + len * 0.9,
            top + bodyH * 0.48, x + len * 0.74, top + bodyH * 0.48));
        g.fill(new RoundRectangle2D.Double(x + len * 0.04, top + bodyH * 0.16, len * 0.1, bodyH * 0.28, u, u));
        g.setColor(withAlpha(Color.BLACK, 60));
        g.setStroke(stroke(Math.max(1, u * 0.3)));
        g.draw(new Line2D.Double(x + len * 0.71, top + bodyH * 0.14, x + len * 0.71, top + bodyH * 0.84));
        g.setColor(stripe);
        g.fill(cross(x + len * 0.38, top + bodyH * 0.33, bodyH * 0.36));
        // roof lights
        g.setColor(new Color(0xE53935));
        g.fill(new RoundRectangle2D.Double(x + len * 0.62, top - bodyH * 0.08, len * 0.06, bodyH * 0.1, u, u));
        glow(g, x + len * 0.65, top - bodyH * 0.03, len * 0.1, new Color(0xFF3B30), 150);
        g.setColor(new Color(0x1E88E5));
        g.fill(new RoundRectangle2D.Double(x + len * 0.7, top - bodyH * 0.02, len * 0.06, bodyH * 0.1, u, u));
        glow(g, x + len * 0.73, top + bodyH * 0.03, len * 0.1, new Color(0x42A5F5), 150);
        g.setColor(new Color(0xFFD54F));
        g.fill(rect(x + len * 0.975, top + bodyH * 0.66, len * 0.025, bodyH * 0.08));
        g.setColor(new Color(0x3A3C40));
        g.fill(rect(x + len * 0.94, floor - bodyH * 0.08, len * 0.07, bodyH * 0.1));
        g.fill(rect(x - len * 0.01, floor - bodyH * 0.08, len * 0.05, bodyH * 0.1));
        for (double wx : new double[] {x + len * 0.18, x + len * 0.8}) {
            g.setColor(new Color(0x202124));
            g.fill(oval(wx, bottom - wheelR, wheelR * 1.18, wheelR * 1.18));
            g.fill(oval(wx, bottom - wheelR, wheelR, wheelR));
            g.setColor(new Color(0xB0B4BA));
            g.fill(oval(wx, bottom - wheelR, wheelR * 0.5, wheelR * 0.5));
        }
        g.setTransform(old);
    }

    /** A coastline with a lighthouse, waves, a ship and gulls. */
    private static void sea(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        int mood = r.nextInt(3);
        Color skyTop;
        Color skyLow;
        Color sun;
        Color water;
        if (mood == 0) {
            skyTop = hsb(rnd(r, 0.56, 0.6), 0.55, 0.85);
            skyLow = hsb(0.55, 0.12, 0.99);
            sun = new Color(0xFFF6D8);
            water = hsb(rnd(r, 0.53, 0.57), 0.7, 0.65);
        } else if (mood == 1) {
            skyTop = hsb(rnd(r, 0.62, 0.7), 0.45, 0.55);
            skyLow = hsb(rnd(r, 0.05, 0.09), 0.6, 1);
            sun = hsb(0.12, 0.45, 1);
            water = hsb(0.62, 0.5, 0.45);
        } else {
            skyTop = hsb(rnd(r, 0.7, 0.76), 0.5, 0.4);
            skyLow = hsb(rnd(r, 0.92, 0.98), 0.35, 0.9);
            sun = hsb(0.1, 0.3, 1);
            water = hsb(0.68, 0.45, 0.38);
        }
        double horizon = h * rnd(r, 0.5, 0.56);
        g.setPaint(vertical(0, horizon, skyTop, skyLow));
        g.fill(rect(0, 0, w, horizon));
        boolean leftCoast = r.nextBoolean();
        double sunX = leftCoast ? w * rnd(r, 0.55, 0.85) : w * rnd(r, 0.15, 0.45);
        double sunY = horizon - h * rnd(r, 0.08, 0.25);
        double sunR = h * 0.07;
        glow(g, sunX, sunY, sunR * 5, sun, 140);
        g.setColor(sun);
        g.fill(oval(sunX, sunY, sunR, sunR));
        for (int i = 0; i < 3; i++) {
            g.setColor(withAlpha(Color.WHITE, mood == 0 ? 170 : 70));
            double cw = w * rnd(r, 0.12, 0.22);
            g.fill(new RoundRectangle2D.Double(w * rnd(r, -0.05, 0.95), h * rnd(r, 0.06, 0.3), cw, u * 1.6, u * 1.6,
                u * 1.6));
        }
        // sea with the sun's reflection and waves
        g.setPaint(vertical(horizon, h, mix(water, skyLow, 0.35), darker(water, 0.35)));
        g.fill(rect(0, horizon, w, h - horizon));
        for (double y = horizon + u * 0.5; y < h; y += u * 1.3) {
            double t = (y - horizon) / (h - horizon);
            double half = sunR * (0.6 + t * 1.8) * rnd(r, 0.3, 1);
            g.setColor(withAlpha(sun, (int) (170 * (1 - t * 0.6))));
            g.fill(rect(sunX - half + rnd(r, -u, u), y, half * 2, Math.max(1, u * 0.45 * (0.5 + t))));
        }
        g.setStroke(stroke(Math.max(1, u * 0.3)));
        for (int row = 1; row < 14; row++) {
            double t = Math.pow(row / 14.0, 1.6);
            double y = horizon + (h - horizon) * t;
            double waveW = u * (2 + t * 12);
            g.setColor(withAlpha(lighter(water, 0.5), (int) (60 + 100 * t)));
            for (double x = rnd(r, -waveW * 3, 0); x < w; x += waveW * rnd(r, 2, 4)) {
                g.draw(new Arc2D.Double(x, y, waveW, waveW * 0.5, 20, 140, Arc2D.OPEN));
            }
        }
        // the coast, its houses and a lighthouse
        AffineTransform old = g.getTransform();
        if (!leftCoast) {
            g.translate(w, 0);
            g.scale(-1, 1);
        }
        double coastEnd = w * rnd(r, 0.3, 0.42);
        Color land = mood == 0 ? hsb(rnd(r, 0.25, 0.32), 0.45, 0.55) : mix(hsb(0.3, 0.35, 0.35), skyTop, 0.4);
        Path2D far = new Path2D.Double();
        far.moveTo(0, horizon + u);
        for (int k = 0; k <= 30; k++) {
            double t = k / 30.0;
            double x = coastEnd * 1.25 * t;
            double rise = h * 0.2 * Math.pow(1 - t, 0.8) + h * 0.02 * Math.sin(t * 17);
            far.lineTo(x, horizon - rise);
        }
        far.lineTo(coastEnd * 1.25, horizon + u);
        far.closePath();
        g.setColor(mix(land, skyLow, 0.45));
        g.fill(far);
        Path2D near = new Path2D.Double();
        near.moveTo(0, horizon + h * 0.08);
        for (int k = 0; k <= 30; k++) {
            double t = k / 30.0;
            double rise = h * 0.14 * Math.pow(1 - t, 0.6) + h * 0.015 * Math.sin(t * 11 + 1);
            near.lineTo(coastEnd * t, horizon + h * 0.04 - rise);
        }
        near.lineTo(coastEnd, horizon + h * 0.05);
        near.quadTo(coastEnd * 0.6, horizon + h * 0.1, 0, horizon + h * 0.12);
        near.closePath();
        g.setColor(land);
        g.fill(near);
        for (int i = 0; i < 6; i++) {
            double t = rnd(r, 0.05, 0.75);
            double hx = coastEnd * t;
            double hy = horizon + h * 0.04 - (h * 0.14 * Math.pow(1 - t, 0.6)) + u;
            double hs = u * rnd(r, 2.2, 3.2);
            g.setColor(hsb(0.1, 0.08, mood == 0 ? 0.97 : 0.8));
            g.fill(rect(hx, hy - hs, hs * 1.3, hs + u));
            g.setColor(hsb(0.03, 0.7, mood == 0 ? 0.8 : 0.6));
            g.fill(poly(hx - hs * 0.15, hy - hs, hx + hs * 0.65, hy - hs * 1.6, hx + hs * 1.45, hy - hs));
        }
        double lx = coastEnd * 0.9;
        double ly = horizon + h * 0.04 - h * 0.14 * Math.pow(0.1, 0.6);
        double lh = h * 0.2;
        Path2D tower = poly(lx - u * 2.2, ly, lx + u * 2.2, ly, lx + u * 1.4, ly - lh, lx - u * 1.4, ly - lh);
        g.setColor(Color.WHITE);
        g.fill(tower);
        Shape oldClip = g.getClip();
        g.clip(tower);
        g.setColor(new Color(0xD93A2B));
        for (int b = 0; b < 3; b++) {
            g.fill(rect(lx - u * 3, ly - lh * (0.25 + b * 0.3), u * 6, lh * 0.12));
        }
        g.setClip(oldClip);
        g.setColor(new Color(0x33363B));
        g.fill(rect(lx - u * 1.8, ly - lh - u * 3, u * 3.6, u * 3));
        glow(g, lx, ly - lh - u * 1.5, u * 8, new Color(0xFFE9A8), 200);
        g.setColor(new Color(0x33363B));
        g.fill(poly(lx - u * 2.2, ly - lh - u * 3, lx + u * 2.2, ly - lh - u * 3, lx, ly - lh - u * 5.5));
        g.setTransform(old);
        // a ship on the open water
        double shipX = leftCoast ? w * rnd(r, 0.48, 0.68) : w * rnd(r, 0.32, 0.52);
        double waterline = horizon + (h - horizon) * rnd(r, 0.3, 0.45);
        ship(g, r, shipX, waterline, h * rnd(r, 0.36, 0.46), u);
        // gulls
        g.setColor(mood == 0 ? new Color(0x3A3F47) : new Color(0x26262E));
        g.setStroke(stroke(Math.max(1, u * 0.35)));
        int gulls = 3 + r.nextInt(4);
        for (int i = 0; i < gulls; i++) {
            gull(g, w * rnd(r, 0.1, 0.9), h * rnd(r, 0.08, 0.35), u * rnd(r, 1.5, 3));
        }
    }

    private static void gull(Graphics2D g, double x, double y, double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - s, y - s * 0.2);
        p.quadTo(x - s * 0.5, y - s * 0.6, x, y);
        p.quadTo(x + s * 0.5, y - s * 0.6, x + s, y - s * 0.2);
        g.draw(p);
    }

    /** A ferry or a container ship, centred at x with its hull on the waterline. */
    private static void ship(Graphics2D g, SplittableRandom r, double x, double waterline, double len, double u) {
        boolean ferry = r.nextBoolean();
        double hullH = len * 0.12;
        double x0 = x - len / 2;
        double x1 = x + len / 2;
        // wake behind the stern
        g.setColor(withAlpha(Color.WHITE, 120));
        g.setStroke(stroke(Math.max(1, u * 0.4)));
        for (int i = 0; i < 3; i++) {
            g.draw(new Line2D.Double(x0 - len * (0.1 + i * 0.15), waterline + u * (0.5 + i * 0.8), x0 + len * 0.05,
                waterline + u * 0.2));
        }
        g.setColor(withAlpha(Color.BLACK, 50));
        g.fill(rect(x0 + len * 0.03, waterline, len * 0.94, hullH * 0.6));
        Path2D hull = poly(x0, waterline - hullH, x1 + len * 0.06, waterline - hullH * 1.15, x1 - len * 0.02,
            waterline, x0 + len * 0.03, waterline);
        Color hullColor = ferry ? Color.WHITE : hsb(rnd(r, 0.55, 0.65), 0.55, 0.35);
        g.setColor(hullColor);
        g.fill(hull);
        Shape oldClip = g.getClip();
        g.clip(hull);
        g.setColor(ferry ? new Color(0x1F2A36) : new Color(0xB3312C));
        g.fill(rect(x0 - len * 0.1, waterline - hullH * 0.3, len * 1.3, hullH));
        g.setClip(oldClip);
        if (ferry) {
            double deckY = waterline - hullH;
            g.setColor(new Color(0xF4F4F0));
            g.fill(rect(x0 + len * 0.1, deckY - hullH * 0.9, len * 0.75, hullH * 0.9));
            g.fill(rect(x0 + len * 0.25, deckY - hullH * 1.7, len * 0.45, hullH * 0.8));
            g.setColor(new Color(0x2F3E52));
            for (double wx = x0 + len * 0.13; wx < x0 + len * 0.82; wx += len * 0.045) {
                g.fill(rect(wx, deckY - hullH * 0.7, len * 0.025, hullH * 0.35));
            }
            g.fill(rect(x0 + len * 0.3, deckY - hullH * 1.5, len * 0.35, hullH * 0.3));
            double fx = x0 + len * 0.45;
            g.setColor(new Color(0xF2F2EE));
            g.fill(rect(fx, deckY - hullH * 2.6, len * 0.07, hullH * 0.9));
            g.setColor(hsb(rnd(r, 0, 1), 0.7, 0.7));
            g.fill(rect(fx, deckY - hullH * 2.45, len * 0.07, hullH * 0.25));
            g.setColor(new Color(0x222222));
            g.fill(rect(fx, deckY - hullH * 2.7, len * 0.07, hullH * 0.12));
        } else {
            double deckY = waterline - hullH * 1.05;
            double cw = len * 0.075;
            for (double cx = x0 + len * 0.08; cx < x0 + len * 0.75; cx += cw) {
                int stack = 1 + r.nextInt(3);
                for (int k = 0; k < stack; k++) {
                    g.setColor(hsb(r.nextDouble(), rnd(r, 0.45, 0.75), rnd(r, 0.55, 0.85)));
                    g.fill(rect(cx, deckY - hullH * 0.55 * (k + 1), cw * 0.94, hullH * 0.52));
                }
            }
            g.setColor(Color.WHITE);
            g.fill(rect(x0 + len * 0.78, deckY - hullH * 2.3, len * 0.12, hullH * 2.3));
            g.setColor(new Color(0x2F3E52));
            g.fill(rect(x0 + len * 0.79, deckY - hullH * 2.1, len * 0.1, hullH * 0.3));
            g.setColor(new Color(0x333333));
            g.fill(rect(x0 + len * 0.82, deckY - hullH * 3, len * 0.04, hullH * 0.7));
        }
    }

    /** Layered mountain ridges fading into the haze, with a sun, snowy peaks and pines. */
    private static void mountain(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double hue = rnd(r, 0, 1) < 0.5 ? rnd(r, 0.55, 0.62) : rnd(r, 0.72, 0.8);
        Color skyTop = hsb(hue, 0.45, 0.75);
        Color skyLow = hsb(rnd(r, 0.06, 0.12), 0.35, 1);
        g.setPaint(vertical(0, h * 0.7, skyTop, skyLow));
        g.fill(rect(0, 0, w, h));
        double sunX = w * rnd(r, 0.2, 0.8);
        double sunY = h * rnd(r, 0.22, 0.38);
        double sunR = h * rnd(r, 0.08, 0.11);
        Color sun = hsb(rnd(r, 0.09, 0.13), 0.4, 1);
        glow(g, sunX, sunY, sunR * 4, sun, 150);
        g.setColor(lighter(sun, 0.3));
        g.fill(oval(sunX, sunY, sunR, sunR));
        Color deep = hsb(hue + rnd(r, -0.05, 0.05), 0.55, 0.22);
        int layers = 5;
        for (int layer = 0; layer < layers; layer++) {
            double t = layer / (layers - 1.0);
            double base = h * (0.55 + t * 0.33);
            double amp = h * (0.36 - t * 0.22);
            double[] ridge = ridge(r, 64, layer == 0 ? 0.6 : 0.5);
            if (layer < 2) {
                // shape the far ridges into one or two clear peaks
                double peak = rnd(r, 0.2, 0.8);
                double second = peak + (peak < 0.5 ? 1 : -1) * rnd(r, 0.25, 0.4);
                double width = rnd(r, 0.22, 0.32);
                for (int k = 0; k < ridge.length; k++) {
                    double x = k / (ridge.length - 1.0);
                    double bell = Math.max(1 - Math.abs(x - peak) / width, 0.75 * (1 - Math.abs(x - second) / width));
                    ridge[k] = 0.3 * ridge[k] + 0.7 * Math.max(0, bell);
                }
            }
            Path2D shape = new Path2D.Double();
            shape.moveTo(0, h);
            for (int k = 0; k < ridge.length; k++) {
                shape.lineTo(w * k / (ridge.length - 1.0), base - amp * ridge[k]);
            }
            shape.lineTo(w, h);
            shape.closePath();
            Color c = mix(mix(skyLow, skyTop, 0.5), deep, 0.2 + t * 0.8);
            g.setColor(c);
            g.fill(shape);
            if (layer == 0) {
                // snow caps on the highest peaks
                Shape oldClip = g.getClip();
                g.clip(shape);
                Path2D snow = new Path2D.Double();
                double line = base - amp * 0.62;
                snow.moveTo(0, 0);
                for (int k = 0; k <= 32; k++) {
                    snow.lineTo(w * k / 32.0, line + u * 2.5 * Math.sin(k * 1.7) + u * (k % 2) * 1.5);
                }
                snow.lineTo(w, 0);
                snow.closePath();
                g.setColor(mix(Color.WHITE, c, 0.15));
                g.fill(snow);
                g.setClip(oldClip);
            }
            if (layer < layers - 1) {
                // a band of mist between the ridges
                g.setPaint(vertical(base - amp * 0.2, base + h * 0.06, withAlpha(skyLow, 0), withAlpha(skyLow, 70)));
                g.fill(rect(0, base - amp * 0.2, w, amp * 0.2 + h * 0.06));
            } else {
                // pines along the nearest ridge
                for (int k = 0; k < ridge.length; k++) {
                    if (r.nextDouble() < 0.55) {
                        double x = w * k / (ridge.length - 1.0) + rnd(r, -u, u);
                        double y = base - amp * ridge[k] + u * 1.5;
                        pine(g, x, y, h * rnd(r, 0.06, 0.12), darker(c, 0.25));
                    }
                }
            }
        }
        g.setColor(withAlpha(deep, 200));
        g.setStroke(stroke(Math.max(1, u * 0.3)));
        for (int i = 0; i < 3 + r.nextInt(3); i++) {
            gull(g, sunX + w * rnd(r, -0.2, 0.2), sunY + h * rnd(r, -0.15, 0.12), u * rnd(r, 1.2, 2.2));
        }
    }

    /** Midpoint displacement: a ridge profile of n + 1 heights in [0, 1] (n a power of two). */
    private static double[] ridge(SplittableRandom r, int n, double roughness) {
        double[] v = new double[n + 1];
        v[0] = r.nextDouble();
        v[n] = r.nextDouble();
        double spread = 1;
        for (int step = n; step > 1; step /= 2) {
            for (int i = 0; i < n; i += step) {
                v[i + step / 2] = (v[i] + v[i + step]) / 2 + (r.nextDouble() - 0.5) * spread;
            }
            spread *= roughness;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        for (int i = 0; i <= n; i++) {
            v[i] = (v[i] - min) / Math.max(1e-9, max - min);
        }
        return v;
    }

    private static void pine(Graphics2D g, double x, double ground, double size, Color c) {
        g.setColor(c);
        g.fill(rect(x - size * 0.03, ground - size * 0.2, size * 0.06, size * 0.2));
        for (int i = 0; i < 3; i++) {
            double y = ground - size * (0.15 + i * 0.25);
            double half = size * (0.22 - i * 0.05);
            g.fill(poly(x - half, y, x + half, y, x, y - size * 0.4));
        }
    }

    /** A rainy street: heavy clouds, rain streaks, puddles and a walker under an umbrella. */
    private static void rain(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double hue = rnd(r, 0.55, 0.64);
        Color skyTop = hsb(hue, 0.25, 0.35);
        Color skyLow = hsb(hue, 0.15, 0.72);
        double ground = h * 0.76;
        g.setPaint(vertical(0, ground, skyTop, skyLow));
        g.fill(rect(0, 0, w, ground));
        skyline(g, r, w, ground, h * 0.15, h * 0.4, w * 0.04, w * 0.08, mix(skyLow, skyTop, 0.35), 0, null, u);
        // wet street with reflections
        g.setPaint(vertical(ground, h, darker(skyLow, 0.35), darker(skyTop, 0.4)));
        g.fill(rect(0, ground, w, h - ground));
        g.setColor(withAlpha(skyLow, 60));
        for (int i = 0; i < 40; i++) {
            double x = r.nextDouble() * w;
            g.fill(rect(x, ground + r.nextDouble() * (h - ground), u * rnd(r, 0.4, 1.2), u * rnd(r, 3, 8)));
        }
        for (int i = 0; i < 5; i++) {
            double px = w * rnd(r, 0.05, 0.95);
            double py = ground + (h - ground) * rnd(r, 0.25, 0.85);
            double pr = h * rnd(r, 0.05, 0.1);
            g.setColor(withAlpha(skyLow, 90));
            g.fill(oval(px, py, pr, pr * 0.18));
            g.setColor(withAlpha(Color.WHITE, 110));
            g.setStroke(stroke(Math.max(1, u * 0.25)));
            double rx = px + pr * rnd(r, -0.3, 0.3);
            g.draw(oval(rx, py, pr * 0.25, pr * 0.045));
            g.setColor(withAlpha(Color.WHITE, 60));
            g.draw(oval(rx, py, pr * 0.5, pr * 0.09));
        }
        // heavy clouds
        for (int layer = 0; layer < 3; layer++) {
            // a ceiling of cloud whose billows hang down, lighter and lower further back
            double base = h * (0.26 - layer * 0.07);
            Area clouds = new Area(rect(0, -h, w, h + base));
            for (double x = -rnd(r, 0, h * 0.1); x < w + h * 0.1; ) {
                double radius = h * rnd(r, 0.05, 0.1);
                clouds.add(new Area(oval(x, base + radius * rnd(r, -0.3, 0.1), radius, radius * 0.75)));
                x += radius * rnd(r, 1.3, 1.9);
            }
            Color c = mix(mix(skyTop, skyLow, 0.4), darker(skyTop, 0.35), layer / 2.0);
            g.setPaint(vertical(0, base + h * 0.1, darker(c, 0.15), c));
            g.fill(clouds);
        }
        // the walker with an umbrella
        double px = w * rnd(r, 0.3, 0.7);
        double foot = ground + (h - ground) * 0.6;
        double ph = h * 0.34;
        double canopyR = ph * 0.42;
        double canopyY = foot - ph * 1.02;
        Color coat = hsb(rnd(r, 0, 1), 0.3, 0.3);
        g.setColor(withAlpha(Color.BLACK, 60));
        g.fill(oval(px, foot, ph * 0.18, ph * 0.03));
        g.setColor(darker(coat, 0.4));
        g.setStroke(stroke(ph * 0.06));
        g.draw(new Line2D.Double(px - ph * 0.03, foot - ph * 0.35, px - ph * 0.08, foot));
        g.draw(new Line2D.Double(px + ph * 0.03, foot - ph * 0.35, px + ph * 0.06, foot - ph * 0.01));
        g.setColor(coat);
        g.fill(new RoundRectangle2D.Double(px - ph * 0.11, foot - ph * 0.78, ph * 0.22, ph * 0.5, ph * 0.1, ph * 0.1));
        g.setColor(new Color(0x4A3B33));
        g.fill(oval(px, foot - ph * 0.86, ph * 0.075, ph * 0.085));
        g.setColor(coat);
        g.setStroke(stroke(ph * 0.05));
        g.draw(new Line2D.Double(px + ph * 0.08, foot - ph * 0.7, px + ph * 0.03, foot - ph * 0.58));
        double handleX = px + ph * 0.03;
        g.setColor(new Color(0x2B2B2B));
        g.setStroke(stroke(Math.max(1, u * 0.5)));
        g.draw(new Line2D.Double(handleX, canopyY - canopyR * 0.05, handleX, foot - ph * 0.55));
        g.draw(new Arc2D.Double(handleX - ph * 0.06, foot - ph * 0.58, ph * 0.06, ph * 0.06, 180, 180, Arc2D.OPEN));
        double tilt = rnd(r, -0.25, 0.1);
        AffineTransform old = g.getTransform();
        g.rotate(tilt, handleX, canopyY);
        Path2D canopy = new Path2D.Double();
        int lobes = 6;
        canopy.moveTo(handleX - canopyR, canopyY + canopyR * 0.25);
        canopy.curveTo(handleX - canopyR, canopyY - canopyR * 0.55, handleX + canopyR, canopyY - canopyR * 0.55,
            handleX + canopyR, canopyY + canopyR * 0.25);
        for (int i = lobes; i > 0; i--) {
            double xa = handleX - canopyR + 2 * canopyR * i / lobes;
            double xb = handleX - canopyR + 2 * canopyR * (i - 1) / lobes;
            canopy.quadTo((xa + xb) / 2, canopyY + canopyR * 0.05, xb, canopyY + canopyR * 0.25);
        }
        canopy.closePath();
        Color umbrella = hsb(rnd(r, 0, 1), 0.75, 0.9);
        g.setColor(umbrella);
        g.fill(canopy);
        Shape oldClip = g.getClip();
        g.clip(canopy);
        g.setColor(darker(umbrella, 0.2));
        for (int i = 0; i < lobes; i += 2) {
            double xa = handleX - canopyR + 2 * canopyR * i / lobes;
            double xb = handleX - canopyR + 2 * canopyR * (i + 1) / lobes;
            g.fill(poly(handleX, canopyY - canopyR * 0.45, xa, canopyY + canopyR * 0.3, xb, canopyY + canopyR * 0.3));
        }
        g.setClip(oldClip);
        g.setColor(new Color(0x2B2B2B));
        g.fill(oval(handleX, canopyY - canopyR * 0.45, u * 0.6, u * 0.9));
        g.setTransform(old);
        // rain everywhere except under the umbrella
        Area dry = new Area(rect(0, 0, w, h));
        Path2D shelter = poly(handleX - canopyR * 1.05, canopyY + canopyR * 0.1, handleX + canopyR * 1.05,
            canopyY + canopyR * 0.1, handleX + canopyR * 0.3 + ph * 0.3, foot, handleX - canopyR * 0.2 + ph * 0.3,
            foot);
        dry.subtract(new Area(shelter));
        g.clip(dry);
        double slant = rnd(r, 0.15, 0.35);
        int drops = (int) (w * h / (u * u) * 0.05);
        g.setStroke(stroke(Math.max(1, u * 0.18)));
        Color drop = new Color(0xDDE8F5);
        Batch streaks = new Batch(withAlpha(drop, 60), withAlpha(drop, 90), withAlpha(drop, 120),
            withAlpha(drop, 150));
        for (int i = 0; i < drops; i++) {
            double x = rnd(r, -h * slant, w);
            double y = r.nextDouble() * h;
            double len = u * rnd(r, 3, 7);
            streaks.add(r.nextInt(4), new Line2D.Double(x, y, x + len * slant, y + len));
        }
        streaks.draw(g);
        g.setClip(oldClip);
        // splashes around the feet
        g.setColor(withAlpha(Color.WHITE, 140));
        g.setStroke(stroke(Math.max(1, u * 0.25)));
        for (int i = 0; i < 8; i++) {
            double sx = w * r.nextDouble();
            double sy = ground + (h - ground) * r.nextDouble();
            g.draw(new Arc2D.Double(sx - u, sy - u * 0.8, u * 2, u * 1.6, 20, 140, Arc2D.OPEN));
        }
    }

    /** A factory with saw-tooth roofs, striped chimneys, drifting smoke and big gears in front. */
    private static void factory(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        Color skyTop = hsb(rnd(r, 0.55, 0.62), 0.3, 0.8);
        Color skyLow = hsb(rnd(r, 0.08, 0.12), 0.35, 0.98);
        double ground = h * 0.84;
        g.setPaint(vertical(0, ground, skyTop, skyLow));
        g.fill(rect(0, 0, w, ground));
        Color far = mix(skyTop, skyLow, 0.4);
        skyline(g, r, w, ground, h * 0.1, h * 0.25, w * 0.05, w * 0.12, darker(far, 0.12), 0, null, u);
        Color wall = hsb(rnd(r, 0.02, 0.08), rnd(r, 0.35, 0.55), rnd(r, 0.55, 0.7));
        Color roof = hsb(0.6, 0.12, 0.35);
        double fx = w * rnd(r, 0.05, 0.18);
        double fw = w * rnd(r, 0.55, 0.7);
        double fh = h * 0.28;
        double top = ground - fh;
        // chimneys behind the hall, with smoke
        int chimneys = 2 + r.nextInt(3);
        Color smoke = hsb(0.6, 0.05, 0.92);
        double drift = rnd(r, 0.5, 1.2);
        for (int i = 0; i < chimneys; i++) {
            double cx = fx + fw * (0.2 + 0.6 * i / Math.max(1, chimneys - 1.0)) + u * rnd(r, -3, 3);
            double ch = h * rnd(r, 0.45, 0.6);
            double cw = u * rnd(r, 3.5, 5);
            double ctop = ground - ch;
            for (int k = 0; k < 9; k++) {
                double t = k / 8.0;
                double pr = u * (2.5 + t * 9);
                g.setColor(withAlpha(smoke, (int) (200 - t * 150)));
                g.fill(oval(cx + t * w * 0.2 * drift + u * rnd(r, -2, 2), ctop - u * 3 - t * h * 0.2
                    + u * rnd(r, -2, 2), pr, pr * 0.8));
            }
            g.setColor(new Color(0xE9E6E1));
            g.fill(poly(cx - cw, ground, cx + cw, ground, cx + cw * 0.75, ctop, cx - cw * 0.75, ctop));
            g.setColor(new Color(0xD2423A));
            Shape oldClip = g.getClip();
            g.clip(poly(cx - cw, ground, cx + cw, ground, cx + cw * 0.75, ctop, cx - cw * 0.75, ctop));
            for (int b = 0; b < 3; b++) {
                g.fill(rect(cx - cw, ctop + ch * (0.04 + b * 0.12), cw * 2, ch * 0.06));
            }
            g.setClip(oldClip);
            g.setColor(new Color(0x3A3A3F));
            g.fill(rect(cx - cw * 0.85, ctop - u * 0.8, cw * 1.7, u * 1.2));
        }
        // storage tanks beside the hall
        for (int i = 0; i < 2; i++) {
            double tw = h * 0.11;
            double tx = fx + fw + u * 2 + i * tw * 1.1;
            double th = h * rnd(r, 0.13, 0.2);
            g.setPaint(new GradientPaint((float) tx, 0f, new Color(0xDADDE2), (float) (tx + tw), 0f,
                new Color(0x8E939B)));
            g.fill(rect(tx, ground - th, tw, th));
            g.fill(oval(tx + tw / 2, ground - th, tw / 2, tw * 0.14));
        }
        // the hall with its saw-tooth roof
        g.setColor(wall);
        g.fill(rect(fx, top, fw, fh));
        int teeth = Math.max(4, (int) (fw / (h * 0.1)));
        double tooth = fw / teeth;
        for (int i = 0; i < teeth; i++) {
            double x = fx + i * tooth;
            g.setColor(roof);
            g.fill(poly(x, top, x + tooth, top, x + tooth, top - h * 0.07));
            g.setColor(hsb(0.55, 0.35, 0.8));
            g.fill(rect(x + tooth - u * 1.3, top - h * 0.065, u * 1.3, h * 0.065));
        }
        g.setColor(darker(wall, 0.25));
        g.fill(rect(fx, top, fw, u));
        for (double x = fx + u * 3; x < fx + fw - u * 6; x += u * 8) {
            g.setColor(hsb(0.58, 0.3, 0.35));
            g.fill(new RoundRectangle2D.Double(x, top + fh * 0.2, u * 5, fh * 0.3, u * 5, u * 5));
            g.setColor(withAlpha(Color.WHITE, 60));
            g.fill(rect(x + u * 2.3, top + fh * 0.2, u * 0.4, fh * 0.3));
        }
        g.setColor(darker(wall, 0.35));
        g.fill(rect(fx + fw * 0.7, ground - fh * 0.4, fw * 0.12, fh * 0.4));
        g.setColor(withAlpha(Color.BLACK, 50));
        for (double y = ground - fh * 0.4 + u; y < ground; y += u * 1.6) {
            g.fill(rect(fx + fw * 0.7, y, fw * 0.12, Math.max(1, u * 0.3)));
        }
        g.setPaint(vertical(ground, h, hsb(0.1, 0.1, 0.5), hsb(0.1, 0.12, 0.36)));
        g.fill(rect(0, ground, w, h - ground));
        g.setColor(hsb(0.1, 0.1, 0.4));
        g.fill(rect(0, ground, w, u * 0.8));
        g.setColor(withAlpha(new Color(0xF2C230), 200));
        for (double x = rnd(r, 0, u * 6); x < w; x += u * 14) {
            g.fill(rect(x, ground + (h - ground) * 0.55, u * 7, u * 0.9));
        }
        // meshing gears in the foreground
        Color metal = r.nextBoolean() ? hsb(rnd(r, 0.05, 0.12), 0.75, 0.9) : hsb(0.6, 0.1, 0.3);
        double big = h * rnd(r, 0.24, 0.28);
        double gx = r.nextBoolean() ? w - big * 0.85 : big * 0.85;
        double gy = h - big * 0.4;
        double rot = rnd(r, 0, 1);
        g.setColor(withAlpha(Color.BLACK, 60));
        g.fill(gear(gx + u, gy + u * 1.5, big, 14, rot));
        g.setColor(metal);
        g.fill(gear(gx, gy, big, 14, rot));
        double small = big * 0.55;
        double dir = gx > w / 2 ? -1 : 1;
        double sx = gx + dir * (big + small) * 0.86 * Math.cos(0.35);
        double sy = gy - (big + small) * 0.86 * Math.sin(0.35);
        g.setColor(withAlpha(Color.BLACK, 60));
        g.fill(gear(sx + u, sy + u * 1.5, small, 9, -rot * 1.6 + 0.2));
        g.setColor(lighter(metal, 0.25));
        g.fill(gear(sx, sy, small, 9, -rot * 1.6 + 0.2));
    }

    /** A gear wheel with teeth, spokes and a hub hole, centred at (cx, cy). */
    private static Area gear(double cx, double cy, double radius, int teeth, double rotation) {
        double rootR = radius * 0.84;
        Area a = new Area(oval(cx, cy, rootR, rootR));
        double toothW = Math.PI * 2 * radius / teeth * 0.45;
        for (int i = 0; i < teeth; i++) {
            double ang = rotation + Math.PI * 2 * i / teeth;
            Path2D t = poly(-toothW / 2, -rootR * 0.95, toothW / 2, -rootR * 0.95, toothW * 0.32, -radius,
                -toothW * 0.32, -radius);
            t.transform(AffineTransform.getRotateInstance(ang));
            t.transform(AffineTransform.getTranslateInstance(cx, cy));
            a.add(new Area(t));
        }
        a.subtract(new Area(oval(cx, cy, radius * 0.16, radius * 0.16)));
        for (int i = 0; i < 5; i++) {
            double ang = rotation + Math.PI * 2 * (i + 0.5) / 5;
            a.subtract(new Area(oval(cx + Math.cos(ang) * radius * 0.5, cy + Math.sin(ang) * radius * 0.5,
                radius * 0.17, radius * 0.17)));
        }
        return a;
    }

    /** A crowd of head-and-shoulder silhouettes, rows darkening toward the viewer. */
    private static void crowd(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double hue = r.nextDouble();
        Color light = hsb(hue, 0.45, 1);
        Color dark = hsb(hue + rnd(r, 0.05, 0.12), 0.6, 0.4);
        g.setPaint(vertical(0, h, light, dark));
        g.fill(rect(0, 0, w, h));
        glow(g, w * rnd(r, 0.3, 0.7), h * 0.25, h * 0.8, Color.WHITE, 120);
        // faint beams from above
        for (int i = 0; i < 4; i++) {
            double x = w * rnd(r, 0, 1);
            g.setPaint(vertical(0, h * 0.7, withAlpha(Color.WHITE, 50), withAlpha(Color.WHITE, 0)));
            g.fill(poly(x - u, 0, x + u, 0, x + w * rnd(r, -0.1, 0.2) + u * 8, h * 0.7, x + w * rnd(r, -0.2, 0.1),
                h * 0.7));
        }
        Color ink = hsb(hue + 0.6, 0.5, 0.12);
        int rows = 5;
        for (int row = 0; row < rows; row++) {
            double t = row / (rows - 1.0);
            double s = h * (0.045 + t * 0.06);
            double baseY = h * (0.42 + t * 0.42);
            Color c = mix(mix(light, dark, 0.55), ink, 0.3 + t * 0.7);
            double x = -rnd(r, 0, s * 2);
            while (x < w + s * 2) {
                double headR = s * rnd(r, 0.85, 1.1);
                double y = baseY + s * rnd(r, -0.35, 0.35);
                Color pc = mix(c, dark, rnd(r, 0, 0.12));
                g.setColor(pc);
                if (r.nextDouble() < 0.12) {
                    // a raised arm, sometimes waving a small flag
                    double ax = x + headR * rnd(r, -1.2, 1.2);
                    g.setStroke(stroke(headR * 0.55));
                    double hx = ax + headR * rnd(r, -0.6, 0.6);
                    g.draw(new Line2D.Double(ax, y + headR * 1.5, hx, y - headR * 2.4));
                    g.fill(oval(hx, y - headR * 2.6, headR * 0.42, headR * 0.5));
                    if (r.nextDouble() < 0.4) {
                        double fx = ax + headR * 0.1;
                        double fy = y - headR * 2.6;
                        g.setStroke(stroke(headR * 0.12));
                        g.draw(new Line2D.Double(fx, fy, fx, fy - headR * 2.4));
                        g.setColor(hsb(r.nextDouble(), 0.75, 0.9));
                        g.fill(poly(fx, fy - headR * 2.4, fx + headR * 2, fy - headR * 1.9, fx, fy - headR * 1.3));
                        g.setColor(pc);
                    }
                }
                g.fill(new RoundRectangle2D.Double(x - headR * 1.7, y + headR * 0.95, headR * 3.4, headR * 4,
                    headR * 2.2, headR * 2.2));
                g.fill(rect(x - headR * 0.35, y + headR * 0.5, headR * 0.7, headR * 0.8));
                g.fill(oval(x, y, headR * 0.82, headR));
                x += headR * rnd(r, 2.3, 3.2);
            }
        }
        g.setPaint(vertical(h * 0.75, h, withAlpha(ink, 0), withAlpha(ink, 160)));
        g.fill(rect(0, h * 0.75, w, h * 0.25));
    }

    /** Farmland rows converging to the horizon, a barn and silo, and a tractor at work. */
    private static void field(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        double horizon = h * rnd(r, 0.4, 0.46);
        g.setPaint(vertical(0, horizon, hsb(rnd(r, 0.55, 0.6), 0.5, 0.88), hsb(0.13, 0.15, 1)));
        g.fill(rect(0, 0, w, horizon));
        double sunX = w * rnd(r, 0.1, 0.9);
        glow(g, sunX, horizon * 0.35, h * 0.25, new Color(0xFFF3C4), 170);
        g.setColor(new Color(0xFFF3C4));
        g.fill(oval(sunX, horizon * 0.35, h * 0.06, h * 0.06));
        for (int i = 0; i < 3; i++) {
            g.setColor(withAlpha(Color.WHITE, 200));
            g.fill(cloud(r, w * rnd(r, -0.05, 0.9), h * rnd(r, 0.03, 0.18), w * rnd(r, 0.1, 0.18), h * 0.07));
        }
        // distant hills with a tree line
        Color hill = hsb(rnd(r, 0.25, 0.32), 0.35, 0.7);
        Path2D hills = new Path2D.Double();
        hills.moveTo(0, horizon + u);
        double p = rnd(r, 0, 6);
        for (int k = 0; k <= 40; k++) {
            double t = k / 40.0;
            hills.lineTo(w * t, horizon - h * 0.05 - h * 0.04 * Math.sin(t * 5 + p) - h * 0.02 * Math.sin(t * 13 + p));
        }
        hills.lineTo(w, horizon + u);
        hills.closePath();
        g.setColor(mix(hill, Color.WHITE, 0.25));
        g.fill(hills);
        for (double x = rnd(r, 0, u * 3); x < w; x += u * rnd(r, 2, 4)) {
            g.setColor(hsb(0.3, 0.45, rnd(r, 0.35, 0.5)));
            double s = u * rnd(r, 1.4, 2.4);
            g.fill(oval(x, horizon - s * 0.5, s, s));
        }
        // barn and silo on the horizon
        double barnX = w * (r.nextBoolean() ? rnd(r, 0.12, 0.3) : rnd(r, 0.65, 0.85));
        double bs = h * 0.09;
        g.setColor(new Color(0xB8332B));
        g.fill(poly(barnX, horizon, barnX + bs * 1.3, horizon, barnX + bs * 1.3, horizon - bs * 0.7, barnX + bs * 0.65,
            horizon - bs * 1.15, barnX, horizon - bs * 0.7));
        g.setColor(new Color(0x5A2E22));
        g.fill(poly(barnX - bs * 0.08, horizon - bs * 0.66, barnX + bs * 0.65, horizon - bs * 1.2, barnX + bs * 1.38,
            horizon - bs * 0.66, barnX + bs * 1.38, horizon - bs * 0.74, barnX + bs * 0.65, horizon - bs * 1.3,
            barnX - bs * 0.08, horizon - bs * 0.74));
        g.setColor(Color.WHITE);
        g.setStroke(stroke(Math.max(1, u * 0.35)));
        g.draw(rect(barnX + bs * 0.4, horizon - bs * 0.5, bs * 0.5, bs * 0.5));
        g.draw(new Line2D.Double(barnX + bs * 0.4, horizon - bs * 0.5, barnX + bs * 0.9, horizon));
        g.draw(new Line2D.Double(barnX + bs * 0.9, horizon - bs * 0.5, barnX + bs * 0.4, horizon));
        g.setPaint(new GradientPaint((float) (barnX + bs * 1.4), 0f, new Color(0xDCDFE3), (float) (barnX + bs * 1.9),
            0f, new Color(0x9A9FA8)));
        g.fill(rect(barnX + bs * 1.4, horizon - bs * 1.5, bs * 0.5, bs * 1.5));
        g.fill(new Arc2D.Double(barnX + bs * 1.4, horizon - bs * 1.75, bs * 0.5, bs * 0.5, 0, 180, Arc2D.CHORD));
        // the field: rows converging to a vanishing point
        Color crop = hsb(rnd(r, 0.22, 0.3), 0.6, 0.62);
        Color soil = hsb(rnd(r, 0.07, 0.09), 0.5, 0.5);
        Color wheat = hsb(rnd(r, 0.11, 0.13), 0.6, 0.9);
        boolean golden = r.nextBoolean();
        g.setColor(golden ? wheat : soil);
        g.fill(rect(0, horizon, w, h - horizon));
        double vx = w * rnd(r, 0.35, 0.65);
        double spacing = u * 7;
        for (int i = -60; i < 60; i++) {
            double xb0 = vx + i * spacing;
            double xb1 = xb0 + spacing * 0.55;
            if (xb1 < -w * 3 || xb0 > w * 4) {
                continue;
            }
            g.setColor(golden ? darker(wheat, 0.12) : crop);
            g.fill(poly(vx, horizon, vx, horizon, xb1, h, xb0, h));
        }
        g.setPaint(vertical(horizon, horizon + h * 0.15, withAlpha(hill, 150), withAlpha(hill, 0)));
        g.fill(rect(0, horizon, w, h * 0.15));
        // the tractor
        double ts = h * rnd(r, 0.26, 0.32);
        double tx = w * rnd(r, 0.12, 0.6);
        double ty = h * rnd(r, 0.8, 0.88);
        tractor(g, r, tx, ty, ts, r.nextBoolean(), u);
    }

    /** A side view of a tractor whose wheels stand on y = ground, body starting at x. */
    private static void tractor(Graphics2D g, SplittableRandom r, double x, double ground, double s, boolean flip,
        double u) {
        AffineTransform old = g.getTransform();
        if (flip) {
            g.translate(x * 2 + s * 1.3, 0);
            g.scale(-1, 1);
        }
        Color paint = switch (r.nextInt(3)) {
            case 0 -> new Color(0xC8312B);
            case 1 -> new Color(0x2E7D32);
            default -> new Color(0x1F5FA8);
        };
        double rearR = s * 0.3;
        double frontR = s * 0.17;
        double rearX = x + s * 0.3;
        double frontX = x + s * 1.05;
        // dust kicked up behind
        for (int i = 0; i < 5; i++) {
            double d = s * (0.08 + i * 0.06);
            g.setColor(withAlpha(new Color(0xD9C8A5), 120 - i * 18));
            g.fill(oval(rearX - rearR - d * 1.6, ground - d * 0.6, d, d * 0.7));
        }
        g.setColor(withAlpha(Color.BLACK, 60));
        g.fill(oval(x + s * 0.65, ground, s * 0.7, s * 0.05));
        // hood, cabin and exhaust
        g.setColor(paint);
        g.fill(new RoundRectangle2D.Double(x + s * 0.45, ground - s * 0.55, s * 0.8, s * 0.28, s * 0.06, s * 0.06));
        g.fill(rect(x + s * 0.05, ground - s * 0.42, s * 0.7, s * 0.18));
        g.setColor(new Color(0x2A2C30));
        g.fill(rect(x + s * 0.95, ground - s * 0.85, s * 0.04, s * 0.32));
        g.setColor(withAlpha(new Color(0x9A9A9A), 120));
        g.fill(oval(x + s * 0.99, ground - s * 0.95, s * 0.05, s * 0.04));
        g.fill(oval(x + s * 1.06, ground - s * 1.02, s * 0.07, s * 0.05));
        Path2D cab = poly(x + s * 0.1, ground - s * 0.42, x + s * 0.55, ground - s * 0.42, x + s * 0.52,
            ground - s * 0.98, x + s * 0.12, ground - s * 0.98);
        g.setColor(withAlpha(new Color(0xBFE0F2), 200));
        g.fill(cab);
        g.setColor(darker(paint, 0.3));
        g.setStroke(stroke(s * 0.035));
        g.draw(cab);
        g.draw(new Line2D.Double(x + s * 0.33, ground - s * 0.42, x + s * 0.33, ground - s * 0.98));
        g.setColor(paint);
        g.fill(new RoundRectangle2D.Double(x + s * 0.06, ground - s * 1.04, s * 0.54, s * 0.08, s * 0.04, s * 0.04));
        g.setColor(withAlpha(Color.WHITE, 170));
        g.fill(rect(x + s * 0.5, ground - s * 0.5, s * 0.7, s * 0.03));
        g.setColor(new Color(0xFFE082));
        g.fill(rect(x + s * 1.22, ground - s * 0.5, s * 0.03, s * 0.07));
        // wheels with treads and hubs
        for (double[] wheel : new double[][] {{rearX, rearR}, {frontX, frontR}}) {
            double cx = wheel[0];
            double wr = wheel[1];
            double cy = ground - wr;
            g.setColor(new Color(0x1E1F22));
            g.fill(oval(cx, cy, wr, wr));
            g.setColor(new Color(0x33353A));
            g.setStroke(stroke(wr * 0.1));
            for (int k = 0; k < 16; k++) {
                double a = Math.PI * 2 * k / 16;
                g.draw(new Line2D.Double(cx + Math.cos(a) * wr * 0.8, cy + Math.sin(a) * wr * 0.8,
                    cx + Math.cos(a) * wr * 0.98, cy + Math.sin(a) * wr * 0.98));
            }
            g.setColor(new Color(0xF2B632));
            g.fill(oval(cx, cy, wr * 0.5, wr * 0.5));
            g.setColor(darker(new Color(0xF2B632), 0.35));
            g.fill(oval(cx, cy, wr * 0.16, wr * 0.16));
        }
        g.setTransform(old);
    }

    /** A high-speed train on its tracks under a catenary, passing through the countryside. */
    private static void train(Graphics2D g, SplittableRandom r, double w, double h) {
        double u = h / 100;
        Color skyTop = hsb(rnd(r, 0.55, 0.6), 0.45, 0.88);
        Color skyLow = hsb(rnd(r, 0.1, 0.14), 0.12, 1);
        double rail = h * 0.8;
        g.setPaint(vertical(0, rail, skyTop, skyLow));
        g.fill(rect(0, 0, w, h));
        for (int i = 0; i < 2; i++) {
            g.setColor(withAlpha(Color.WHITE, 200));
            g.fill(cloud(r, w * rnd(r, 0, 0.85), h * rnd(r, 0.04, 0.16), w * rnd(r, 0.12, 0.2), h * 0.07));
        }
        // rolling hills behind the line
        for (int layer = 0; layer < 2; layer++) {
            Path2D hill = new Path2D.Double();
            double base = h * (0.5 + layer * 0.12);
            double p = rnd(r, 0, 6);
            hill.moveTo(0, h);
            for (int k = 0; k <= 40; k++) {
                double t = k / 40.0;
                hill.lineTo(w * t, base - h * 0.07 * Math.sin(t * 4 + p) - h * 0.03 * Math.sin(t * 11 + p));
            }
            hill.lineTo(w, h);
            hill.closePath();
            g.setColor(hsb(rnd(r, 0.24, 0.32), 0.4, layer == 0 ? 0.72 : 0.6));
            g.fill(hill);
        }
        for (int i = 0; i < 7; i++) {
            tree(g, r, w * r.nextDouble(), h * rnd(r, 0.66, 0.7), h * rnd(r, 0.08, 0.13));
        }
        // embankment and track
        g.setColor(hsb(0.08, 0.12, 0.55));
        g.fill(poly(0, rail - u * 1.5, w, rail - u * 1.5, w, h, 0, h));
        g.setColor(hsb(0.08, 0.1, 0.45));
        for (double x = rnd(r, 0, u * 4); x < w; x += u * 4) {
            g.fill(rect(x, rail + u * 0.6, u * 2.6, u * 1.4));
        }
        g.setColor(new Color(0x6E7074));
        g.fill(rect(0, rail - u * 0.2, w, u * 0.9));
        g.setColor(hsb(0.3, 0.35, 0.5));
        g.fill(rect(0, rail + u * 3, w, h - rail - u * 3));
        // catenary masts and wires
        double trainBottom = rail - u * 2.4;
        double th = h * 0.16;
        double trainTop = trainBottom - th;
        double contactY = trainTop - th * 0.75;
        double messengerY = contactY - h * 0.07;
        double span = h * rnd(r, 0.55, 0.7);
        double first = rnd(r, 0, span);
        Color mast = new Color(0x5D6168);
        g.setStroke(stroke(Math.max(1, u * 0.3)));
        g.setColor(new Color(0x3A3C40));
        Path2D messenger = new Path2D.Double();
        messenger.moveTo(first - span, messengerY);
        for (double x = first - span; x < w + span; x += span) {
            messenger.quadTo(x + span / 2, messengerY + h * 0.05, x + span, messengerY);
        }
        g.draw(messenger);
        g.draw(new Line2D.Double(0, contactY, w, contactY));
        for (double x = first - span; x < w + span; x += span) {
            for (int k = 1; k < 6; k++) {
                double dx = x + span * k / 6;
                double sag = h * 0.05 * (1 - Math.pow(2.0 * k / 6 - 1, 2));
                g.draw(new Line2D.Double(dx, messengerY + sag * 0.5, dx, contactY));
            }
        }
        for (double x = first; x < w + u * 4; x += span) {
            g.setColor(mast);
            g.fill(rect(x - u * 0.9, messengerY - u * 3, u * 1.8, rail - messengerY + u * 1));
            g.setStroke(stroke(u * 0.6));
            g.draw(new Line2D.Double(x, messengerY, x + span * 0.06, messengerY));
            g.draw(new Line2D.Double(x, contactY + u * 2, x + span * 0.06, contactY));
            g.setStroke(stroke(Math.max(1, u * 0.3)));
        }
        // the train, nose to the right
        Color body = new Color(0xF4F5F7);
        Color livery = hsb(rnd(r, 0, 1), 0.75, 0.8);
        double noseX = w * rnd(r, 0.72, 0.88);
        double noseLen = th * 2.2;
        Path2D train = new Path2D.Double();
        train.moveTo(-u * 5, trainBottom);
        train.lineTo(noseX, trainBottom);
        train.curveTo(noseX + noseLen * 0.5, trainBottom, noseX + noseLen * 0.55, trainBottom - th * 0.2,
            noseX + noseLen * 0.1, trainBottom - th * 0.55);
        train.curveTo(noseX - noseLen * 0.25, trainTop - th * 0.02, noseX - noseLen * 0.5, trainTop,
            noseX - noseLen * 0.7, trainTop);
        train.lineTo(-u * 5, trainTop);
        train.closePath();
        // pantograph reaching up to the contact wire
        double panX = noseX - noseLen - th * 2.5;
        g.setColor(new Color(0x3A3C40));
        g.setStroke(stroke(Math.max(1, u * 0.45)));
        Path2D pan = new Path2D.Double();
        pan.moveTo(panX - th * 0.35, trainTop);
        pan.lineTo(panX + th * 0.25, (trainTop + contactY) / 2);
        pan.lineTo(panX - th * 0.05, contactY + u * 0.4);
        g.draw(pan);
        g.draw(new Line2D.Double(panX - th * 0.3, contactY + u * 0.4, panX + th * 0.2, contactY + u * 0.4));
        g.setColor(withAlpha(Color.BLACK, 60));
        g.fill(rect(0, trainBottom, noseX + noseLen * 0.3, u * 2.4));
        g.setPaint(vertical(trainTop, trainBottom, Color.WHITE, body, darker(body, 0.15)));
        g.fill(train);
        Shape oldClip = g.getClip();
        g.clip(train);
        g.setColor(livery);
        g.fill(rect(-u * 5, trainBottom - th * 0.3, w * 2, th * 0.14));
        g.setColor(darker(livery, 0.35));
        g.fill(rect(-u * 5, trainBottom - th * 0.14, w * 2, th * 0.05));
        // windows, doors and car joints
        g.setColor(new Color(0x26303D));
        double winY = trainTop + th * 0.22;
        double winH = th * 0.3;
        double carLen = th * 5;
        for (double cx = noseX - noseLen * 0.75; cx > -carLen; cx -= carLen) {
            g.setColor(new Color(0xB9BEC6));
            g.fill(rect(cx - carLen, trainTop, u * 0.5, th));
            g.setColor(new Color(0x26303D));
            for (double wx = cx - carLen + th * 0.9; wx < cx - th * 0.6; wx += th * 0.55) {
                g.fill(new RoundRectangle2D.Double(wx, winY, th * 0.42, winH, th * 0.1, th * 0.1));
            }
            g.setColor(new Color(0x9AA0A8));
            g.setStroke(stroke(Math.max(1, u * 0.25)));
            g.draw(new RoundRectangle2D.Double(cx - th * 0.55, winY - th * 0.04, th * 0.32, th * 0.62, u, u));
        }
        Path2D windscreen = new Path2D.Double();
        windscreen.moveTo(noseX - noseLen * 0.55, trainTop + th * 0.08);
        windscreen.curveTo(noseX - noseLen * 0.2, trainTop + th * 0.1, noseX, trainTop + th * 0.25,
            noseX + noseLen * 0.1, trainTop + th * 0.42);
        windscreen.lineTo(noseX - noseLen * 0.45, trainTop + th * 0.42);
        windscreen.closePath();
        g.setColor(new Color(0x1E2733));
        g.fill(windscreen);
        g.setClip(oldClip);
        g.setColor(new Color(0xFFF3C0));
        g.fill(oval(noseX + noseLen * 0.2, trainBottom - th * 0.22, u * 1.2, u * 0.6));
        // bogies
        g.setColor(new Color(0x2A2C30));
        for (double cx = noseX - noseLen * 0.75; cx > -carLen; cx -= carLen) {
            for (double bx : new double[] {cx - th * 0.9, cx - carLen + th * 0.9}) {
                g.fill(new RoundRectangle2D.Double(bx - th * 0.45, trainBottom - u * 0.4, th * 0.9, u * 2.2, u, u));
                g.fill(oval(bx - th * 0.22, rail - u * 1.3, u * 1.2, u * 1.2));
                g.fill(oval(bx + th * 0.22, rail - u * 1.3, u * 1.2, u * 1.2));
            }
        }
        // speed lines trailing behind
        g.setColor(withAlpha(Color.WHITE, 150));
        g.setStroke(stroke(Math.max(1, u * 0.35)));
        for (int i = 0; i < 5; i++) {
            double y = trainTop - u * rnd(r, 1, 10);
            double x0 = w * rnd(r, 0, 0.4);
            g.draw(new Line2D.Double(x0, y, x0 + w * rnd(r, 0.08, 0.2), y));
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
        Color brows = hair;
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
        double shoulderTop = y + s * 0.71;
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
        // hair on top of the head, leaving a hairline around the face
        g.setColor(hair);
        Area cap = new Area(oval(cx, headY - headH * 0.03, headW * 0.54, headH * 0.53));
        cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * (style == 2 ? 1.75 : 1.45))));
        cap.subtract(new Area(oval(cx, headY + headH * 0.22, headW * 0.43, headH * 0.5)));
        switch (style) {
            case 1 -> cap.add(new Area(oval(cx - headW * 0.1, headTop + headH * 0.17, headW * 0.33, headH * 0.11)));
            case 3 -> cap.add(new Area(oval(cx, headTop - headH * 0.04, headW * 0.21, headW * 0.21)));
            case 4 -> {
                for (int i = 0; i <= 12; i++) {
                    double a = Math.PI * (0.95 + 1.1 * i / 12.0);
                    cap.add(new Area(oval(cx + Math.cos(a) * headW * 0.5, headY - headH * 0.03
                        + Math.sin(a) * headH * 0.5, headW * 0.13, headW * 0.13)));
                }
            }
            case 5 -> {
                cap = new Area(oval(cx - headW * 0.47, headY - headH * 0.06, headW * 0.08, headH * 0.14));
                cap.add(new Area(oval(cx + headW * 0.47, headY - headH * 0.06, headW * 0.08, headH * 0.14)));
            }
            case 6 -> {
                cap = new Area(oval(cx, headY - headH * 0.1, headW * 0.6, headH * 0.44));
                cap.subtract(new Area(oval(cx, headY + headH * 0.06, headW * 0.5, headH * 0.46)));
                cap.intersect(new Area(rect(cx - headW, headTop - headH, headW * 2, headH * 1.25)));
            }
            default -> {}
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
        g.setColor(style == 5 ? darker(skin, 0.45) : darker(brows, 0.1));
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
                Batch windows = new Batch(lighter(body, 0.08), light, mix(light, Color.WHITE, 0.2),
                    mix(light, Color.WHITE, 0.4));
                for (int row = 0; row < rows; row++) {
                    boolean floorLit = r.nextDouble() < 0.85;
                    for (int col = 0; col < cols; col++) {
                        boolean on = floorLit && r.nextDouble() < lit;
                        windows.add(on ? 1 + r.nextInt(3) : 0,
                            rect(sx + col * cellW, top + u * 2.5 + row * cellH, cellW * 0.56, cellH * 0.5));
                    }
                }
                windows.fill(g);
            }
            x += bw + rnd(r, -minW * 0.25, minW * 0.3);
        }
    }

    private static void stars(Graphics2D g, SplittableRandom r, double w, double maxY, int count, Color c, double u) {
        Batch stars = new Batch(withAlpha(c, 80), withAlpha(c, 140), withAlpha(c, 200), c);
        for (int i = 0; i < count; i++) {
            double x = r.nextDouble() * w;
            double y = r.nextDouble() * r.nextDouble() * maxY;
            double s = rnd(r, 0.08, 0.22) * u;
            stars.add(r.nextInt(4), oval(x, y, s, s));
        }
        stars.fill(g);
    }

    /** A soft cloud made of overlapping circles on a flat base. */
    private static Area cloud(SplittableRandom r, double x, double y, double w, double h) {
        Area a = new Area(new RoundRectangle2D.Double(x, y + h * 0.55, w, h * 0.45, h * 0.45, h * 0.45));
        int puffs = 3 + r.nextInt(3);
        for (int i = 0; i < puffs; i++) {
            double t = (i + 0.5) / puffs;
            double px = x + w * (0.12 + 0.76 * t) + w * rnd(r, -0.04, 0.04);
            double pr = Math.min(w * 0.3, h * (0.3 + 0.42 * Math.sin(Math.PI * t)) * rnd(r, 0.85, 1.15));
            a.add(new Area(oval(px, y + h - pr * 0.95 - h * 0.12, pr, pr)));
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------ geometry

    /** Many small shapes grouped by colour, so that thousands of dots cost only a handful of fills. */
    private static final class Batch {

        private final Color[] colors;
        private final Path2D[] paths;

        Batch(Color... colors) {
            this.colors = colors;
            this.paths = new Path2D[colors.length];
            for (int i = 0; i < colors.length; i++) {
                paths[i] = new Path2D.Double();
            }
        }

        void add(int colour, Shape shape) {
            paths[colour].append(shape, false);
        }

        void fill(Graphics2D g) {
            for (int i = 0; i < colors.length; i++) {
                g.setColor(colors[i]);
                g.fill(paths[i]);
            }
        }

        void draw(Graphics2D g) {
            for (int i = 0; i < colors.length; i++) {
                g.setColor(colors[i]);
                g.draw(paths[i]);
            }
        }
    }

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
