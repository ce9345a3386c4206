package planted;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/** A class no rule is made of, which tells when it is deserialized (what a planted cache entry would run). */
public final class Gadget implements Serializable {

    private static final long serialVersionUID = 1L;
    private static volatile boolean deserialized;

    public static boolean deserialized() {
        return deserialized;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        deserialized = true;
    }
}
