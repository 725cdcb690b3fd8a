package org.genaiplan.testing;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * A Java agent for the test JVMs only (pom.xml puts it on their command line): it makes JavaFX's headless glass
 * platform copy each drawn frame into its screen buffer one row at a time instead of one pixel at a time.
 *
 * <p>JavaFX 26's {@code HeadlessWindow.blit} copies a frame pixel by pixel and makes a new {@code IntBuffer} view of
 * the screen for every pixel ({@code frameBuffer.asIntBuffer().put(i, v)}). A profile of the robot tests found
 * two thirds to nine tenths of their CPU time in that loop (a 1320 x 900 window is a million buffers a frame). The
 * rewritten method writes the same values to the same places with one bulk {@code IntBuffer.put} per row. If the
 * method does not have the shape this agent knows (another JavaFX version), the class is left as it is.
 */
public final class HeadlessBlitAgent {
    static final String TARGET = "com/sun/glass/ui/headless/HeadlessWindow";
    /** The width of the headless screen buffer, in pixels: the stride {@code blit} multiplies rows by. */
    static final int STRIDE = 1000;

    private static final ClassDesc WINDOW = ClassDesc.ofInternalName(TARGET);
    private static final ClassDesc PIXELS = ClassDesc.of("com.sun.glass.ui.Pixels");
    private static final ClassDesc INT_BUFFER = ClassDesc.of("java.nio.IntBuffer");
    private static final ClassDesc BYTE_BUFFER = ClassDesc.of("java.nio.ByteBuffer");
    private static final ClassDesc BUFFER = ClassDesc.of("java.nio.Buffer");
    private static final MethodTypeDesc BLIT = MethodTypeDesc.of(ConstantDescs.CD_void, PIXELS);

    private HeadlessBlitAgent() {
    }

    public static void premain(String args, Instrumentation instrumentation) {
        instrumentation.addTransformer(new ClassFileTransformer() {
            @Override
            public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                    ProtectionDomain domain, byte[] bytes) {
                if (!TARGET.equals(className)) {
                    return null;
                }
                try {
                    return rewrite(bytes);
                } catch (RuntimeException | LinkageError e) {
                    System.err.println("HeadlessBlitAgent left " + TARGET + " as it is: " + e);
                    return null;
                }
            }
        });
    }

    /** The class with {@code blit} copying rows, or null when its {@code blit} is not the one this agent knows. */
    static byte[] rewrite(byte[] bytes) {
        ClassFile files = ClassFile.of();
        ClassModel model = files.parse(bytes);
        MethodModel blit = model.methods().stream()
                .filter(m -> m.methodName().equalsString("blit") && m.methodTypeSymbol().equals(BLIT))
                .findFirst().orElse(null);
        if (blit == null || !knownShape(blit)) {
            return null;
        }
        return files.transformClass(model, (classBuilder, element) -> {
            if (element == blit) {
                classBuilder.withMethodBody(blit.methodName(), blit.methodType(), blit.flags().flagsMask(),
                        HeadlessBlitAgent::rowByRow);
            } else {
                classBuilder.with(element);
            }
        });
    }

    /** The original: a pixel loop that reads {@code frameBuffer.asIntBuffer()} and multiplies rows by 1000. */
    private static boolean knownShape(MethodModel blit) {
        CodeModel code = blit.code().orElse(null);
        if (code == null) {
            return false;
        }
        boolean view = false;
        boolean stride = false;
        for (var element : code) {
            if (element instanceof InvokeInstruction i && i.owner().asSymbol().equals(BYTE_BUFFER)
                    && i.name().equalsString("asIntBuffer")) {
                view = true;
            } else if (element instanceof ConstantInstruction c && Integer.valueOf(STRIDE).equals(c.constantValue())) {
                stride = true;
            }
        }
        return view && stride;
    }

    /**
     * <pre>
     * int w = pixels.getWidth(), h = pixels.getHeight(), x = getX(), y = getY();
     * IntBuffer src = (IntBuffer) pixels.getBuffer();
     * IntBuffer dst = frameBuffer.asIntBuffer();
     * for (int row = 0; row &lt; h; row++) dst.put((y + row) * 1000 + x, src, row * w, w);
     * </pre>
     */
    private static void rowByRow(java.lang.classfile.CodeBuilder code) {
        int w = 2;
        int h = 3;
        int x = 4;
        int y = 5;
        int src = 6;
        int dst = 7;
        int row = 8;
        MethodTypeDesc intGetter = MethodTypeDesc.of(ConstantDescs.CD_int);
        code.aload(1).invokevirtual(PIXELS, "getWidth", intGetter).istore(w);
        code.aload(1).invokevirtual(PIXELS, "getHeight", intGetter).istore(h);
        code.aload(0).invokevirtual(WINDOW, "getX", intGetter).istore(x);
        code.aload(0).invokevirtual(WINDOW, "getY", intGetter).istore(y);
        code.aload(1).invokevirtual(PIXELS, "getBuffer", MethodTypeDesc.of(BUFFER)).checkcast(INT_BUFFER).astore(src);
        code.aload(0).getfield(WINDOW, "frameBuffer", BYTE_BUFFER)
                .invokevirtual(BYTE_BUFFER, "asIntBuffer", MethodTypeDesc.of(INT_BUFFER)).astore(dst);
        code.iconst_0().istore(row);
        Label loop = code.newLabel();
        Label end = code.newLabel();
        code.labelBinding(loop);
        code.iload(row).iload(h).branch(Opcode.IF_ICMPGE, end);
        code.aload(dst);
        code.iload(y).iload(row).iadd().sipush(STRIDE).imul().iload(x).iadd();
        code.aload(src);
        code.iload(row).iload(w).imul();
        code.iload(w);
        code.invokevirtual(INT_BUFFER, "put", MethodTypeDesc.of(INT_BUFFER, ConstantDescs.CD_int, INT_BUFFER,
                ConstantDescs.CD_int, ConstantDescs.CD_int)).pop();
        code.iinc(row, 1).goto_(loop);
        code.labelBinding(end);
        code.return_();
    }
}
