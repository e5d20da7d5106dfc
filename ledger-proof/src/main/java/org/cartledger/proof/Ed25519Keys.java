package org.cartledger.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** The Ed25519 key pair that signs tree heads, kept as two DER files, and the contract's key id. */
public final class Ed25519Keys {

    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_KEY_FILE = "tree-head-signing.key";
    public static final String PUBLIC_KEY_FILE = "tree-head-signing.pub";

    private Ed25519Keys() {
    }

    /**
     * The key pair kept in {@code directory}: {@value #PRIVATE_KEY_FILE} (PKCS#8 DER) and
     * {@value #PUBLIC_KEY_FILE} (X.509 SubjectPublicKeyInfo DER). When neither file exists, a new pair
     * is generated and written, the directory created, and the private key file made readable by its
     * owner only where the file system has POSIX permissions.
     *
     * @throws IllegalStateException if only one of the files exists, or the two do not belong together:
     *                               a signing key is never silently replaced
     * @throws UncheckedIOException  if the files cannot be read or written
     */
    public static KeyPair loadOrCreate(Path directory) {
        return loadOrCreate(directory, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE);
    }

    /** As {@link #loadOrCreate(Path)}, for a key pair kept under other file names (a witness's, for one). */
    public static KeyPair loadOrCreate(Path directory, String privateFileName, String publicFileName) {
        Path privateFile = directory.resolve(privateFileName);
        Path publicFile = directory.resolve(publicFileName);
        try {
            boolean hasPrivate = Files.exists(privateFile);
            boolean hasPublic = Files.exists(publicFile);
            if (hasPrivate && hasPublic) {
                return load(privateFile, publicFile);
            }
            if (hasPrivate || hasPublic) {
                throw new IllegalStateException("Found " + (hasPrivate ? privateFile : publicFile) + " without "
                        + (hasPrivate ? publicFile : privateFile) + "; restore the missing file, or move both away "
                        + "to start a new signing key");
            }
            KeyPair keys = generate();
            Files.createDirectories(directory);
            writeOwnerOnly(privateFile, keys.getPrivate().getEncoded());
            Files.write(publicFile, keys.getPublic().getEncoded(), StandardOpenOption.CREATE_NEW);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Ed25519 key pair in " + directory, e);
        }
    }

    /** A new Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (it needs Java 15 or later)", e);
        }
    }

    /**
     * The Ed25519 public key of an X.509 SubjectPublicKeyInfo DER.
     *
     * @throws IllegalArgumentException if the bytes are not an Ed25519 public key
     */
    public static PublicKey publicKey(byte[] spkiDer) {
        try {
            PublicKey key = keyFactory().generatePublic(new X509EncodedKeySpec(spkiDer));
            if (!isEd25519(key)) {
                throw new InvalidKeySpecException("the key is not for Ed25519");
            }
            return key;
        } catch (InvalidKeySpecException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509 SubjectPublicKeyInfo DER: "
                    + e.getMessage(), e);
        }
    }

    /** The key id: lowercase hex SHA-256 of the key's SubjectPublicKeyInfo DER. */
    public static String keyId(PublicKey key) {
        return Hashes.hex(Hashes.sha256(key.getEncoded()));
    }

    /** Whether the key is an Ed25519 key (the JDK reports such keys with the algorithm name "EdDSA"). */
    public static boolean isEd25519(Key key) {
        return key instanceof EdECKey edKey && ALGORITHM.equalsIgnoreCase(edKey.getParams().getName());
    }

    private static KeyPair load(Path privateFile, Path publicFile) throws IOException {
        PrivateKey privateKey;
        try {
            privateKey = keyFactory().generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
        } catch (InvalidKeySpecException e) {
            throw new IllegalStateException(privateFile + " is not an Ed25519 private key in PKCS#8 DER", e);
        }
        PublicKey publicKey;
        try {
            publicKey = publicKey(Files.readAllBytes(publicFile));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(publicFile + " is " + e.getMessage(), e);
        }
        KeyPair keys = new KeyPair(publicKey, privateKey);
        if (!belongTogether(keys)) {
            throw new IllegalStateException(publicFile + " is not the public key of " + privateFile);
        }
        return keys;
    }

    private static boolean belongTogether(KeyPair keys) {
        try {
            byte[] probe = "cartledger:key-check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(keys.getPublic());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try {
            Files.createFile(file, attributes);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " appeared while a new key was being written; not overwriting it", e);
        }
        Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (it needs Java 15 or later)", e);
        }
    }
}
