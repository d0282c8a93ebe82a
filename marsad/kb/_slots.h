/* Where a slotted class keeps the attribute ``name`` of its instances: its member
 * descriptor's offset, or -1 when it does not keep it in a plain object slot. Shared by the
 * KB's compiled parts (``_fastscan.c``; ``_slotted.h`` for ``_fastmatch.c`` and
 * ``_fastresolve.c``). */
#ifndef MARSAD_SLOTS_H
#define MARSAD_SLOTS_H

#include <Python.h>
#include <structmember.h>

static inline Py_ssize_t
slot_offset(PyTypeObject *type, PyObject *name)
{
    PyObject *descr = PyObject_GetAttr((PyObject *)type, name);
    if (descr == NULL) {
        PyErr_Clear();
        return -1;
    }
    Py_ssize_t offset = -1;
    if (Py_IS_TYPE(descr, &PyMemberDescr_Type)) {
        PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
        if (member->type == T_OBJECT_EX && !(member->flags & READONLY))
            offset = member->offset;
    }
    Py_DECREF(descr);
    return offset;
}

#endif
