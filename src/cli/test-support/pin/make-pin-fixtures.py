"""Makes the fixed certificates the CLI pin test reads (run once; the outputs are committed).

Fixed files, so the pinned JSON holds real fingerprints, names and dates byte for byte:
  ca.cer      RSA-2048 CA (DER), 2024-01-01 .. 2124-01-01
  chain.pem   the EC P-256 leaf (Chinese subject) then the CA, PEM
  signer.p12  the leaf's key, the leaf and the CA; password in signer-password.txt (AES-256, PBKDF2)
Needs python3-cryptography (Debian: python3-cryptography).
"""
import datetime
import pathlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

here = pathlib.Path(__file__).parent
start = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
end = datetime.datetime(2124, 1, 1, tzinfo=datetime.timezone.utc)
password = "pin-pass"

ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
ca_name = x509.Name([
    x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Paperdesk Pin"),
    x509.NameAttribute(NameOID.COMMON_NAME, "Paperdesk Pin CA"),
])
ca = (
    x509.CertificateBuilder()
    .subject_name(ca_name)
    .issuer_name(ca_name)
    .public_key(ca_key.public_key())
    .serial_number(0x1001)
    .not_valid_before(start)
    .not_valid_after(end)
    .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    .add_extension(
        x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
    )
    .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
    .sign(ca_key, hashes.SHA256())
)

leaf_key = ec.generate_private_key(ec.SECP256R1())
leaf_name = x509.Name([
    x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "某某科技有限公司"),
    x509.NameAttribute(NameOID.COMMON_NAME, "张三"),
])
leaf = (
    x509.CertificateBuilder()
    .subject_name(leaf_name)
    .issuer_name(ca_name)
    .public_key(leaf_key.public_key())
    .serial_number(0x2002)
    .not_valid_before(start)
    .not_valid_after(end)
    .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    .add_extension(
        x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
    )
    .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    .add_extension(x509.SubjectKeyIdentifier.from_public_key(leaf_key.public_key()), critical=False)
    .sign(ca_key, hashes.SHA256())
)

(here / "ca.cer").write_bytes(ca.public_bytes(serialization.Encoding.DER))
(here / "chain.pem").write_bytes(
    leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
)
(here / "signer.p12").write_bytes(
    pkcs12.serialize_key_and_certificates(
        b"signer", leaf_key, leaf, [ca], serialization.BestAvailableEncryption(password.encode())
    )
)
(here / "signer-password.txt").write_text(password + "\n")
