"""
Demo accounts, one per role. The people are fictional; their offices are real.
Roles and permissions arrive with the people-and-roles issue; `role` is shown in output.
"""

DEMO_PASSWORD = "lintas-demo-2026"

# username, first name, last name, email, role shown to the user, superuser?
USERS = [
    ("admin", "Admin", "Lintas", "admin@example.id", "Admin (superuser)", True),
    ("fasilitator", "Wa Ode", "Rahmania", "fasilitator@example.id",
     "Fasilitator (Bappeda Kota Baubau)", False),
    ("penyelenggara", "La Ode", "Syamsuddin", "penyelenggara@example.id",
     "Penyelenggara (Bappeda Kota Baubau)", False),
    ("koordinator.konut", "Andi", "Pratama", "koordinator.konut@example.id",
     "Koordinator delegasi Kabupaten Konawe Utara", False),
    ("koordinator.malut", "Nurlaila", "Hasan", "koordinator.malut@example.id",
     "Koordinator delegasi Provinsi Maluku Utara", False),
    ("peserta", "Sitti", "Marlina", "peserta@example.id",
     "Peserta (ASN Bappeda Kabupaten Konawe Utara)", False),
]
