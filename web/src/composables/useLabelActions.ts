import { Dialog, Notify } from 'quasar'
import { useRouter } from 'vue-router'
import { errorsOf, type Label } from '@/services/api'
import { useContactListStore } from '@/stores/contact_list'
import { useLabelsStore } from '@/stores/labels'

/** Create, rename and delete labels, each through a dialog. */
export function useLabelActions() {
  const labels = useLabelsStore()
  const router = useRouter()

  function failed(error: unknown) {
    Notify.create({
      type: 'negative',
      message: errorsOf(error)[0]?.message ?? 'Something went wrong.',
    })
  }

  function createLabel() {
    Dialog.create({
      title: 'New label',
      prompt: { model: '', type: 'text', label: 'Label name', maxlength: 100 },
      cancel: true,
    }).onOk((name: string) => {
      if (name.trim()) labels.create(name.trim()).catch(failed)
    })
  }

  function renameLabel(label: Label) {
    Dialog.create({
      title: 'Rename label',
      prompt: { model: label.name, type: 'text', label: 'Label name', maxlength: 100 },
      cancel: true,
    }).onOk((name: string) => {
      if (name.trim()) labels.rename(label.id, name.trim()).catch(failed)
    })
  }

  function deleteLabel(label: Label) {
    Dialog.create({
      title: `Delete label “${label.name}”?`,
      message: 'Its contacts can stay in your contacts, or go to the trash with the label.',
      options: {
        type: 'radio',
        model: 'keep',
        items: [
          { label: 'Keep the contacts', value: 'keep' },
          { label: `Delete the contacts too (${label.contactCount})`, value: 'delete' },
        ],
      },
      cancel: true,
      ok: { label: 'Delete label', color: 'negative' },
    }).onOk((choice: string) => {
      void (async () => {
        await labels.remove(label.id, { deleteContacts: choice === 'delete' })
        await router.replace({ name: 'home' })
        await useContactListStore().refresh()
      })().catch(failed)
    })
  }

  return { createLabel, renameLabel, deleteLabel }
}
